#!/usr/bin/python
# -*- coding: utf-8 -*-
from __future__ import absolute_import, division, print_function
__metaclass__ = type

DOCUMENTATION = r'''
---
module: acl
short_description: Patterns of an HAProxy ACL, through haproxy-api
description:
  - Makes patterns of an ACL of a running HAProxy present or absent, or replaces the whole ACL at once
    (atomically, so traffic sees the old patterns until the new ones are all in).
  - HAProxy checks each pattern against the ACL's type (an IP address for C(src) ACLs...); a refusal fails the task.
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
  acl:
    description:
      - The ACL, by the file HAProxy loaded (as C(show acl) lists it, e.g. C(/etc/haproxy/blocklist.acl)), or C(#<id>).
    type: str
    required: true
  patterns:
    description: The patterns.
    type: list
    elements: str
    required: true
  state:
    description: C(present) adds the missing patterns; C(absent) deletes them.
    type: str
    choices: [present, absent]
    default: present
  replace:
    description: The ACL becomes exactly I(patterns), in their order, in one atomic swap.
    type: bool
    default: false
notes:
  - Writes to ACLs need a token with the C(operate) scope.
'''

EXAMPLES = r'''
- name: Block two sources
  haproxy_api.runtime.acl:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    acl: /etc/haproxy/blocklist.acl
    patterns: [192.0.2.10, 198.51.100.0/24]

- name: Unblock one
  haproxy_api.runtime.acl:
    url: "{{ haproxy_api_url }}"
    token: "{{ haproxy_api_token }}"
    acl: /etc/haproxy/blocklist.acl
    state: absent
    patterns: [192.0.2.10]
'''

RETURN = r'''
entries:
  description: The ACL's patterns after the task (as they would be, in check mode).
  returned: success
  type: list
  sample: ["198.51.100.0/24"]
diff:
  description: The ACL before and after, a pattern per line.
  returned: when diff mode is on
  type: dict
'''

from ansible.module_utils.basic import AnsibleModule
from ansible_collections.haproxy_api.runtime.plugins.module_utils.haproxy_api import Api, connection_spec
from ansible_collections.haproxy_api.runtime.plugins.module_utils import patterns


def main():
    module = AnsibleModule(
        argument_spec=connection_spec(
            acl=dict(type='str', required=True),
            patterns=dict(type='list', elements='str', required=True),
            state=dict(type='str', choices=['present', 'absent'], default='present'),
            replace=dict(type='bool', default=False),
        ),
        supports_check_mode=True,
    )
    if module.params['replace'] and module.params['state'] == 'absent':
        module.fail_json(msg='replace goes with state=present: the ACL becomes exactly the patterns given')
    wanted = [(pattern, None) for pattern in module.params['patterns']]
    patterns.run(module, Api(module), patterns.ACL, module.params['acl'], wanted,
                 module.params['state'], module.params['replace'])


if __name__ == '__main__':
    main()
