# -*- coding: utf-8 -*-
# What the map and ACL modules share: an entry list compared with what is
# wanted, then the fewest writes that make it so. A map's entry is a
# (key, value) pair, an ACL's a pattern (kept as (pattern, None)).
from __future__ import absolute_import, division, print_function
__metaclass__ = type

from ansible_collections.haproxy_api.runtime.plugins.module_utils.haproxy_api import ApiError, fail, segment


class Kind(object):
    """Where a kind's routes are and how its entries look in the API's JSON."""

    def __init__(self, name, base):
        self.name = name
        self.base = base

    def entry(self, item):
        """(text, value) of an API entry."""
        if self.name == 'map':
            return item['key'], item['value']
        return item['value'], None

    def body(self, text, value):
        if self.name == 'map':
            return {'key': text, 'value': value}
        return {'value': text}

    def line(self, text, value):
        return text if value is None else '%s %s' % (text, value)


MAP = Kind('map', '/maps')
ACL = Kind('acl', '/acls')


def plan(current, wanted, state, replace):
    """The writes that turn `current` (a list of (text, value)) into what is wanted:
    ('replace', entries) alone, or ('add' | 'set' | 'del', text, value) steps."""
    if replace:
        return [] if current == wanted else [('replace', wanted)]
    values = {}
    for text, value in current:
        values.setdefault(text, []).append(value)
    steps = []
    for text, value in wanted:
        held = values.get(text)
        if state == 'absent':
            if held is not None:
                steps.append(('del', text, None))
                values.pop(text)
        elif held is None:
            steps.append(('add', text, value))
            values[text] = [value]
        elif value is not None and any(each != value for each in held):
            steps.append(('set', text, value))
            values[text] = [value]
    return steps


def after(current, steps):
    """The entries once `steps` applied (check mode's prediction, and the diff)."""
    entries = list(current)
    for step in steps:
        if step[0] == 'replace':
            entries = list(step[1])
        elif step[0] == 'add':
            entries.append((step[1], step[2]))
        elif step[0] == 'set':
            entries = [(text, step[2] if text == step[1] else value) for text, value in entries]
        elif step[0] == 'del':
            entries = [(text, value) for text, value in entries if text != step[1]]
    return entries


def run(module, api, kind, name, wanted, state, replace):
    """Compares, writes what differs, exits the module with changed, diff and the entries."""
    base = '%s/%s' % (kind.base, segment(name))
    try:
        listed = api.get(base)
    except ApiError as error:
        fail(module, error, changed=False)
    current = [kind.entry(item) for item in listed or []]
    steps = plan(current, wanted, state, replace)
    applied = 0
    if not module.check_mode:
        try:
            for step in steps:
                write(api, kind, base, step)
                applied += 1
        except ApiError as error:
            # The writes before it stay: a whole replace (replace: true) is one write, all or nothing.
            fail(module, error, changed=applied > 0, applied=applied, planned=len(steps))
    entries = after(current, steps)
    result = dict(changed=bool(steps), entries=[list(entry) if entry[1] is not None else entry[0] for entry in entries])
    if module._diff:
        result['diff'] = dict(before=text_of(kind, current), after=text_of(kind, entries),
                              before_header='%s %s' % (kind.name, name), after_header='%s %s' % (kind.name, name))
    module.exit_json(**result)


def write(api, kind, base, step):
    action = step[0]
    if action == 'replace':
        api.request('PUT', base + '/entries', [kind.body(text, value) for text, value in step[1]])
    elif action == 'add':
        api.request('POST', base + '/entries', kind.body(step[1], step[2]))
    elif action == 'set':
        api.request('PUT', '%s/entries/%s' % (base, segment(step[1])), {'value': step[2]})
    else:
        api.request('DELETE', '%s/entries/%s' % (base, segment(step[1])))


def text_of(kind, entries):
    return ''.join(kind.line(text, value) + '\n' for text, value in entries)
