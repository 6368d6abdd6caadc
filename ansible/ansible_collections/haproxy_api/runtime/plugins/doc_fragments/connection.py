# -*- coding: utf-8 -*-
# The options every module of haproxy_api.runtime takes to reach one node's API.
from __future__ import absolute_import, division, print_function
__metaclass__ = type


class ModuleDocFragment(object):
    DOCUMENTATION = r'''
options:
  url:
    description:
      - The node's haproxy-api, e.g. C(http://10.0.0.1:8000).
      - Falls back to the environment variable E(HAPROXY_API_URL).
    type: str
    required: true
  token:
    description:
      - The bearer token the API asks for (C(HAPROXY_API_TOKEN) or a scoped token of C(HAPROXY_API_TOKENS_FILE) on the node).
      - Reads need the C(read) scope; writes to servers, maps and ACLs C(operate) (see the API's docs, Security).
      - Falls back to the environment variable E(HAPROXY_API_TOKEN). Never logged.
    type: str
  validate_certs:
    description:
      - Whether to check the API's TLS certificate (an C(https) URL).
    type: bool
    default: true
  timeout:
    description:
      - Seconds to wait for each answer of the API. A drain that waits is given its own wait on top.
    type: float
    default: 30
notes:
  - The modules speak HTTP to the API; nothing runs on the HAProxy node but HAProxy.
    Run them where the API is reachable, usually with C(delegate_to=localhost) or C(ansible_connection=local).
  - Check mode and diff mode are supported. In check mode only reads are sent.
'''
