#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: map
short_description: Entries of an HAProxy map, through haproxy-api
description:
  - Makes entries of a map of a running HAProxy present or absent, or replaces the whole map at once
    (atomically, so traffic sees the old entries until the new ones are all in).
  - Only what differs is written; a second run with the same options reports no change.
  - Talks to haproxy-api, the HTTP API that runs inside HAProxy as a Lua service.
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
  map:
    description:
      - The map, by the file HAProxy loaded (as C(show map) lists it, e.g. C(/etc/haproxy/routes.map)), or C(#<id>).
    type: str
    required: true
  entries:
    description:
      - The entries, key to value. Keys hold no blank; a key may not start with C(#).
      - With I(state=absent), only the keys count (a list of keys will do).
    type: raw
    required: true
  state:
    description: C(present) adds missing keys and sets the values that differ; C(absent) deletes the keys.
    type: str
    choices: [present, absent]
    default: present
  replace:
    description:
      - The map becomes exactly I(entries), in their order, in one atomic swap; entries not listed are gone.
    type: bool
    default: false
notes:
  - Writes to maps need a token with the C(operate) scope.
  - A map changed at runtime goes back to its file at the next reload unless the API keeps the file
    (C(HAPROXY_API_SYNC_FILES=1) on the node, see the API's README).
'''

EXAMPLES = r'''
- name: Route /api to the api backend
  haproxy_api.runtime.map:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    map: /etc/haproxy/routes.map
    entries:
      /api: api
      /static: cdn

- name: The whole map, nothing else
  haproxy_api.runtime.map:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    map: /etc/haproxy/routes.map
    replace: true
    entries:
      /api: api

- name: No more /static
  haproxy_api.runtime.map:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    map: /etc/haproxy/routes.map
    state: absent
    entries: [/static]
'''

RETURN = r'''
entries:
  description: The map's entries after the task (as they would be, in check mode), each a [key, value] pair.
  returned: success
  type: list
  sample: [["/api", "api"], ["/static", "cdn"]]
diff:
  description: The map before and after, a "key value" line per entry.
  returned: when diff mode is on
  type: dict
'''

from ansible.module_utils.basic import AnsibleModule
from ansible.module_utils.six import string_types
from ansible_collections.haproxy_api.runtime.plugins.module_utils.haproxy_api import Api, connection_spec
from ansible_collections.haproxy_api.runtime.plugins.module_utils import patterns


def wanted_entries(module):
    given = module.params['entries']
    if isinstance(given, dict):
        return [(str(key), str(value)) for key, value in given.items()]
    if isinstance(given, list) and module.params['state'] == 'absent' and all(isinstance(key, string_types) for key in given):
        return [(key, None) for key in given]
    module.fail_json(msg='entries: expected a mapping of key to value (or, with state=absent, a list of keys)')


def main():
    module = AnsibleModule(
        argument_spec=connection_spec(
            map=dict(type='str', required=True),
            entries=dict(type='raw', required=True),
            state=dict(type='str', choices=['present', 'absent'], default='present'),
            replace=dict(type='bool', default=False),
        ),
        supports_check_mode=True,
    )
    if module.params['replace'] and module.params['state'] == 'absent':
        module.fail_json(msg='replace goes with state=present: the map becomes exactly the entries given')
    patterns.run(module, Api(module), patterns.MAP, module.params['map'], wanted_entries(module),
                 module.params['state'], module.params['replace'])


if __name__ == '__main__':
    main()
