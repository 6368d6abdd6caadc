#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: info
short_description: A running HAProxy's servers and their states, as facts, through haproxy-api
description:
  - Reads the node's HAProxy (version, whether it is stopping) and every server of its backends (or of those
    named), with their status, admin and operational state, weight, address and port, current sessions, last health check.
  - Sets them as the fact C(haproxy_api), and returns them.
  - Talks to haproxy-api, the HTTP API that runs inside HAProxy as a Lua service; reads need the C(read) scope.
version_added: 0.1.0
author:
  - haproxy-api
extends_documentation_fragment:
  - haproxy_api.runtime.connection
attributes:
  check_mode:
    support: full
  diff_mode:
    support: none
  facts:
    support: full
options:
  backends:
    description: Only these backends' servers (all by default).
    type: list
    elements: str
'''

EXAMPLES = r'''
- name: What each node runs
  haproxy_api.runtime.info:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    backends: [app]

- name: Stop if web1 is not in rotation somewhere
  ansible.builtin.assert:
    that: haproxy_api.backends.app.servers.web1.admin_state == 'ready'
'''

RETURN = r'''
ansible_facts:
  description: The facts set.
  returned: always
  type: complex
  contains:
    haproxy_api:
      description: The node's HAProxy and servers.
      type: dict
      sample:
        version: 3.2.26-1
        node: edge1
        pid: 4242
        uptime_sec: 86400
        stopping: false
        backends:
          app:
            servers:
              web1: {status: UP, admin_state: ready, operational_state: up, weight: 10, address: 10.0.0.11,
                     port: 8080, sessions: 3, check_status: L7OK}
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.haproxy_api.runtime.plugins.module_utils.haproxy_api import Api, ApiError, connection_spec, fail

FIELDS = 'pxname,svname,status,scur,weight,uweight,addr,check_status'


def admin_state(status):
    """From show stat's status, as the API's /events tells it."""
    if status.startswith('MAINT'):
        return 'maint'
    if status.startswith('DRAIN'):
        return 'drain'
    return 'ready'


def operational_state(status):
    if status.startswith('DOWN') or status.startswith('MAINT'):
        return 'down'
    if status.startswith('NOLB'):
        return 'stopping'
    return 'up'


def address_of(addr):
    """("10.0.0.1", 80) from "10.0.0.1:80", ("::1", 80) from "[::1]:80"; (addr, None) without a port."""
    host, sep, port = (addr or '').rpartition(':')
    if not sep or not port.isdigit():
        return addr or None, None
    return host.strip('[]'), int(port)


def server_of(row):
    status = row.get('status') or ''
    address, port = address_of(row.get('addr'))
    weight = row.get('uweight')
    return {
        'status': status,
        'admin_state': admin_state(status),
        'operational_state': operational_state(status),
        'weight': weight if isinstance(weight, int) else row.get('weight'),
        'address': address,
        'port': port,
        'sessions': row.get('scur'),
        'check_status': row.get('check_status') or None,
    }


def main():
    module = AnsibleModule(argument_spec=connection_spec(backends=dict(type='list', elements='str')),
                           supports_check_mode=True)
    api = Api(module)
    wanted = module.params['backends']
    try:
        info = api.get('/stats/info')
        rows = api.get('/stats', query={'type': 'server', 'fields': FIELDS})
    except ApiError as error:
        fail(module, error)
    backends = {}
    for name in wanted or []:
        backends[name] = {'servers': {}}
    for row in rows:
        backend = row.get('pxname')
        if wanted is not None and backend not in backends:
            continue
        backends.setdefault(backend, {'servers': {}})['servers'][row.get('svname')] = server_of(row)
    facts = {
        'version': info.get('Version'),
        'node': info.get('node'),
        'pid': info.get('Pid'),
        'uptime_sec': info.get('Uptime_sec'),
        'stopping': info.get('Stopping') == 1,
        'backends': backends,
    }
    module.exit_json(changed=False, ansible_facts={'haproxy_api': facts})


if __name__ == '__main__':
    main()
