# -*- coding: utf-8 -*-
# One node's haproxy-api, as the modules of haproxy_api.runtime speak to it:
# JSON over HTTP(S) with a bearer token, through Ansible's own fetch_url
# (proxies, certificates), and the API's refusals ({"code", "message"})
# passed on as they are.
from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json

from ansible.module_utils.basic import env_fallback
from ansible.module_utils.six.moves.urllib.parse import quote, urlencode
from ansible.module_utils.urls import fetch_url

# The argument spec of the options every module takes (doc fragment: connection).
CONNECTION_SPEC = dict(
    url=dict(type='str', required=True, fallback=(env_fallback, ['HAPROXY_API_URL'])),
    token=dict(type='str', no_log=True, fallback=(env_fallback, ['HAPROXY_API_TOKEN'])),
    validate_certs=dict(type='bool', default=True),
    timeout=dict(type='float', default=30),
)


def connection_spec(**more):
    """The module's argument spec: the connection options and its own."""
    spec = dict(CONNECTION_SPEC)
    spec.update(more)
    return spec


def segment(name):
    """A name as one path segment: every reserved character escaped ("/" too, for map files)."""
    return quote(str(name), safe='')


class ApiError(Exception):
    """The API refused (status and its message), or could not be reached (status None)."""

    def __init__(self, status, message, method=None, path=None):
        super(ApiError, self).__init__(message)
        self.status = status
        self.message = message
        self.method = method
        self.path = path

    def describe(self):
        where = '%s %s' % (self.method, self.path) if self.method else 'the API'
        if self.status is None:
            return '%s: %s' % (where, self.message)
        return '%s: %d %s' % (where, self.status, self.message)


class Api(object):
    """The node's API: request() answers (status, decoded JSON or None) or raises ApiError."""

    def __init__(self, module):
        self.module = module
        self.base = module.params['url'].rstrip('/')
        self.token = module.params.get('token')
        self.timeout = module.params['timeout']

    def request(self, method, path, body=None, query=None, ok=(200, 201, 204), extra_timeout=0):
        url = self.base + path
        if query:
            url += '?' + urlencode(query)
        headers = {'Accept': 'application/json'}
        data = None
        if body is not None:
            data = json.dumps(body)
            headers['Content-Type'] = 'application/json'
        if self.token:
            headers['Authorization'] = 'Bearer ' + self.token
        response, info = fetch_url(self.module, url, data=data, headers=headers, method=method,
                                   timeout=self.timeout + extra_timeout)
        status = info.get('status', -1)
        if status == -1 or status is None:
            # fetch_url's own failures: refused, timed out, TLS.
            raise ApiError(None, info.get('msg', 'no answer'), method, path)
        # On an error status fetch_url has read the body into info already (its response is spent).
        if 'body' in info:
            raw = info['body']
        else:
            raw = response.read() if response is not None else b''
        if isinstance(raw, bytes):
            raw = raw.decode('utf-8', 'replace')
        decoded = None
        if raw:
            try:
                decoded = json.loads(raw)
            except ValueError:
                decoded = None
        if status not in ok:
            message = decoded.get('message') if isinstance(decoded, dict) else None
            raise ApiError(status, message or (raw.strip()[:200] if raw else info.get('msg', 'no message')), method, path)
        return status, decoded

    def get(self, path, query=None, missing_ok=False):
        """GET; None for a 404 when missing_ok."""
        try:
            return self.request('GET', path, query=query)[1]
        except ApiError as error:
            if missing_ok and error.status == 404:
                return None
            raise


def fail(module, error, **result):
    """Ends the task with the API's own message."""
    module.fail_json(msg=error.describe(), status=error.status, **result)
