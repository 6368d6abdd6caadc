#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: server
short_description: A server of an HAProxy backend, through haproxy-api
description:
  - Sets what a server of a running HAProxy should be (in rotation, draining or in maintenance,
    its weight, address and port, maxconn, health and agent checks), adding or deleting it.
  - Talks to haproxy-api, the HTTP API that runs inside HAProxy as a Lua service. Nothing
    is needed on the node but HAProxy with the API; no SSH, no root, no socket access.
  - A drain can wait until the server's sessions have ended, with a timeout and what to do when it passes.
  - Only what differs is sent; a second run with the same options reports no change.
    Several fields change in one request, all or nothing.
version_added: 0.1.0
author:
  - haproxy-api
extends_documentation_fragment:
  - haproxy_api.runtime.connection
attributes:
  check_mode:
    support: full
  diff_mode:
    support: full
options:
  backend:
    description: The backend.
    type: str
    required: true
  name:
    description: The server's name in the backend.
    type: str
    required: true
    aliases: [server]
  state:
    description:
      - C(present) makes the server exist (added with I(address) and I(port) when it does not), with the fields given.
      - C(absent) deletes it. A server is deleted only from maintenance without sessions, so it is first drained
        (waiting up to I(drain_timeout) when I(wait)) and put in maintenance. HAProxy deletes only servers added at
        runtime, or (2.8 and later) configured servers.
    type: str
    choices: [present, absent]
    default: present
  admin_state:
    description:
      - C(ready) in rotation, C(drain) takes no new sessions but those that stick to it, C(maint) out of rotation.
      - With I(wait), C(drain) and C(maint) wait until the server's sessions have ended.
    type: str
    choices: [ready, drain, maint]
  weight:
    description: The weight, 0 to 256.
    type: int
  address:
    description: The IP address HAProxy sends the server's traffic to.
    type: str
  port:
    description: Its port.
    type: int
  maxconn:
    description: The most concurrent connections HAProxy opens to the server; 0 is no limit.
    type: int
  health_check:
    description: Its health check on or off (the check must be configured in the backend).
    type: bool
  agent_check:
    description: Its agent check on or off (configured in the backend).
    type: bool
  wait:
    description:
      - When the server leaves rotation (I(admin_state) C(drain) or C(maint), or I(state=absent)), wait until
        its sessions have ended, at most I(drain_timeout) seconds. The wait runs in HAProxy; traffic goes on.
    type: bool
    default: false
  drain_timeout:
    description: Seconds to wait for the sessions to end.
    type: int
    default: 60
  on_timeout:
    description:
      - What to do when sessions are left after I(drain_timeout).
      - C(fail) fails the task; the server stays draining. C(shutdown_sessions) closes them and goes on.
        C(continue) goes on with them open (the task says so in a warning).
    type: str
    choices: [fail, shutdown_sessions, continue]
    default: fail
  ramp:
    description:
      - When the server comes back in rotation (I(admin_state=ready)), its weight rises from a tenth to all of it over
        that many seconds, run by HAProxy in the background.
    type: int
'''

EXAMPLES = r'''
- name: Drain web1 and wait for its sessions to end (at most 5 minutes)
  haproxy_api.runtime.server:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    backend: app
    name: web1
    admin_state: drain
    wait: true
    drain_timeout: 300

- name: Move it, and put it back with its weight rising over 30 s
  haproxy_api.runtime.server:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    backend: app
    name: web1
    address: 10.0.0.12
    port: 8080
    admin_state: ready
    ramp: 30

- name: A server added at runtime, in rotation
  haproxy_api.runtime.server:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    backend: app
    name: web9
    address: 10.0.0.19
    port: 8080
    weight: 50
    admin_state: ready

- name: Gone, once its sessions have ended
  haproxy_api.runtime.server:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    backend: app
    name: web9
    state: absent
    wait: true
'''

RETURN = r'''
server:
  description: The server as it is after the task (as it would be, in check mode); empty when absent.
  returned: always
  type: dict
  sample: {"admin_state": "ready", "operational_state": "up", "weight": 10, "address": "10.0.0.12", "port": 8080,
           "maxconn": 0, "health_check": true, "agent_check": null, "sessions": 0}
drained:
  description: How the drain ended, as the API told it (drained, sessions left, waited_ms).
  returned: when a drain waited
  type: dict
diff:
  description: The server's fields before and after.
  returned: when diff mode is on
  type: dict
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.haproxy_api.runtime.plugins.module_utils.haproxy_api import (
    Api, ApiError, connection_spec, fail, segment)

# The fields compared and sent as they are (PATCH .../servers/:server).
FIELDS = ('weight', 'address', 'port', 'maxconn', 'health_check', 'agent_check')
CHECK_CONFIGURED = 0x2
CHECK_ENABLED = 0x4


def check_switch(state):
    """A check's on/off from its srv_*_state bits; None when none is configured."""
    if not state & CHECK_CONFIGURED:
        return None
    return bool(state & CHECK_ENABLED)


def read(api, path):
    """The server as the module compares it, and None; or None and the API's 404 when it does not exist."""
    try:
        state = api.get(path + '/state')
    except ApiError as error:
        if error.status == 404:
            return None, error
        raise
    row = api.get(path) or {}
    slim = row.get('slim')
    return {
        'admin_state': state['admin_state'],
        'operational_state': state['operational_state'],
        'weight': state['srv_uweight'],
        'address': state['srv_addr'],
        'port': state['srv_port'],
        'maxconn': slim if isinstance(slim, int) else 0,
        'health_check': check_switch(state.get('srv_check_state', 0)),
        'agent_check': check_switch(state.get('srv_agent_state', 0)),
        'sessions': row.get('scur', 0),
    }, None


def wanted_fields(params, current):
    """The fields given that differ from the server's."""
    changes = {}
    for field in FIELDS:
        value = params[field]
        if value is None:
            continue
        if current is None or current.get(field) != value:
            changes[field] = value
    return changes


def as_api(changes):
    """Module fields as the API's body: checks are "enabled"/"disabled"."""
    body = {}
    for field, value in changes.items():
        if field in ('health_check', 'agent_check'):
            body[field] = 'enabled' if value else 'disabled'
        else:
            body[field] = value
    return body


class Task(object):
    def __init__(self, module):
        self.module = module
        self.params = module.params
        self.api = Api(module)
        self.path = '/stats/backends/%s/servers/%s' % (segment(self.params['backend']), segment(self.params['name']))
        self.changed = False
        self.drained = None
        self.warnings = []
        self.missing = None

    def send(self, method, path, body=None, **options):
        """A write: once the API took it, the task changed something."""
        answer = self.api.request(method, path, body, **options)[1]
        self.changed = True
        return answer

    def drain(self, then_maint, changes_state=True):
        """Drains (waiting when asked), then maintenance if `then_maint`; honours on_timeout."""
        p = self.params
        body = {'timeout': p['drain_timeout'] if p['wait'] else 0}
        if then_maint:
            body['then'] = 'maint'
        if p['wait'] and p['on_timeout'] == 'shutdown_sessions':
            body['on_timeout'] = 'shutdown_sessions'
        changed = self.changed
        drained = self.send('POST', self.path + '/drain', body, extra_timeout=body['timeout'])
        self.changed = changed or changes_state
        if p['wait']:
            self.drained = drained
        if drained.get('drained') or not p['wait']:
            if then_maint and not drained.get('drained'):
                # No wait asked: maintenance at once, sessions or not.
                self.send('PATCH', self.path, {'admin_state': 'maint'})
            return
        left = drained.get('sessions')
        if p['on_timeout'] == 'fail':
            self.module.fail_json(msg='%s/%s still has %s sessions after %d s: left draining (on_timeout=fail)'
                                  % (p['backend'], p['name'], left, p['drain_timeout']), changed=self.changed, drained=drained)
        self.warnings.append('%s/%s still had %s sessions after %d s: went on (on_timeout=continue)'
                             % (p['backend'], p['name'], left, p['drain_timeout']))
        if then_maint:
            self.send('PATCH', self.path, {'admin_state': 'maint'})

    def absent(self, current):
        if current is None:
            return
        if self.module.check_mode:
            self.changed = True
            return
        if current['admin_state'] != 'maint':
            self.drain(then_maint=True)
        self.send('DELETE', self.path)

    def add(self):
        p = self.params
        if p['address'] is None or p['port'] is None:
            # The API's own words (no such server, or no such backend), and what adding it would take.
            self.module.fail_json(msg='%s: address and port are needed to add it' % self.missing.describe(), status=404)
        if self.module.check_mode:
            self.changed = True
            return
        body = {'name': p['name'], 'address': p['address'], 'port': p['port']}
        for field in ('weight', 'maxconn'):
            if p[field] is not None:
                body[field] = p[field]
        if p['health_check']:
            body['check'] = True
        if p['admin_state'] == 'ready':
            body['admin_state'] = 'ready'
        self.send('POST', '/stats/backends/%s/servers' % segment(p['backend']), body)
        if p['admin_state'] == 'drain':
            self.send('PATCH', self.path, {'admin_state': 'drain'})

    def present(self, current):
        p = self.params
        changes = wanted_fields(p, current)
        target = p['admin_state']
        moves = target is not None and target != current['admin_state']
        if self.module.check_mode:
            self.changed = bool(changes or moves)
            return
        if moves and target in ('drain', 'maint'):
            # Out of rotation first, then the other fields: a server is changed once it takes no new traffic.
            if p['wait']:
                self.drain(then_maint=(target == 'maint'))
            else:
                self.send('PATCH', self.path, {'admin_state': target})
        elif target == 'drain' and p['wait']:
            # Already draining: waiting for its sessions is no change.
            self.drain(then_maint=False, changes_state=False)
        if changes:
            self.send('PATCH', self.path, as_api(changes))
        if moves and target == 'ready':
            self.send('POST', self.path + '/ready', {'ramp': p['ramp']} if p['ramp'] else {})

    def run(self):
        p = self.params
        current, self.missing = read(self.api, self.path)
        if p['state'] == 'absent':
            self.absent(current)
        elif current is None:
            self.add()
        else:
            self.present(current)
        after = None
        if self.module.check_mode:
            after = self.predicted(current)
        else:
            after = read(self.api, self.path)[0] if self.changed or p['state'] == 'present' else current
        result = dict(changed=self.changed, server=after or {})
        if self.drained is not None:
            result['drained'] = self.drained
        if self.module._diff:
            result['diff'] = dict(before=comparable(current), after=comparable(after),
                                  before_header='%s/%s' % (p['backend'], p['name']), after_header='%s/%s' % (p['backend'], p['name']))
        for warning in self.warnings:
            self.module.warn(warning)
        self.module.exit_json(**result)

    def predicted(self, current):
        """The server as the task would leave it (check mode)."""
        p = self.params
        if p['state'] == 'absent':
            return None
        after = dict(current or {'admin_state': 'maint', 'operational_state': 'up', 'sessions': 0,
                                 'health_check': None, 'agent_check': None, 'maxconn': 0})
        for field in FIELDS:
            if p[field] is not None:
                after[field] = p[field]
        if p['admin_state'] is not None:
            after['admin_state'] = p['admin_state']
        return after


def comparable(server):
    """The fields a diff shows: what the module sets, not the moving session count."""
    if server is None:
        return {}
    return dict((key, value) for key, value in server.items() if key != 'sessions')


def main():
    module = AnsibleModule(
        argument_spec=connection_spec(
            backend=dict(type='str', required=True),
            name=dict(type='str', required=True, aliases=['server']),
            state=dict(type='str', choices=['present', 'absent'], default='present'),
            admin_state=dict(type='str', choices=['ready', 'drain', 'maint']),
            weight=dict(type='int'),
            address=dict(type='str'),
            port=dict(type='int'),
            maxconn=dict(type='int'),
            health_check=dict(type='bool'),
            agent_check=dict(type='bool'),
            wait=dict(type='bool', default=False),
            drain_timeout=dict(type='int', default=60),
            on_timeout=dict(type='str', choices=['fail', 'shutdown_sessions', 'continue'], default='fail'),
            ramp=dict(type='int'),
        ),
        supports_check_mode=True,
    )
    p = module.params
    if p['weight'] is not None and not 0 <= p['weight'] <= 256:
        module.fail_json(msg='weight must be between 0 and 256, got %d' % p['weight'])
    if p['port'] is not None and not 0 < p['port'] < 65536:
        module.fail_json(msg='port must be between 1 and 65535, got %d' % p['port'])
    if p['drain_timeout'] < 0:
        module.fail_json(msg='drain_timeout must be 0 or more seconds')
    task = Task(module)
    try:
        task.run()
    except ApiError as error:
        # What was applied before the refusal stays applied: say so.
        fail(module, error, changed=task.changed)


if __name__ == '__main__':
    main()
