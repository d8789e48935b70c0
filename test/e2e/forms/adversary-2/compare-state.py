#!/usr/bin/env python3
"""What a form's own controls hold after a fill, against the package (FINDINGS.md).

    python3 compare-state.py /tmp/hso-adversary-2-state/<form>.json <package.hso.json>

Each control with data-k: a field id must hold the package's figure (comma or point, dd.mm.yyyy
or ISO read alike), an "x:" control must hold what it held at load. "WRONG" marks a control that
got a value it was not meant to have (for forms that compute their own sums, those are the page's).
"""
import json,sys,re
state=json.load(open(sys.argv[1])); pk=json.load(open(sys.argv[2]))
vals=pk['values']; env={'unit_org':pk['unit']['org'],'year':pk['year']}
def norm(v):
    if isinstance(v,bool): return v
    s=str(v).strip().replace('\u00a0','').replace(' ','')
    m=re.fullmatch(r'(\d{2})\.(\d{2})\.(\d{4})',s)
    if m: return f"{m[3]}-{m[2]}-{m[1]}"
    s2=s.replace(',','.')
    try: return float(s2)
    except: return s
def exp(k):
    if k in vals: return vals[k]
    t,_,n=k.partition('.')
    if n in env and t in pk['templates']: return env[n]
    return None
bad=0
for k,cur in state['current'].items():
    ini=state['initial'].get(k)
    if k.startswith('x:'):
        v='ok (kept)' if cur==ini else 'WRONG: changed'
        e=repr(ini)
    else:
        e=exp(k)
        if e is None: v='ok (no figure)' if cur==ini else 'WRONG: got a value without figure'
        elif norm(cur)==norm(e): v='ok' if cur!=ini else 'ok (was there)'
        elif cur==ini or cur=='' : v='missed'
        else: v='WRONG'
    if v.startswith('WRONG'): bad+=1
    print(f"| {k} | {e!r} | {ini!r} → {cur!r} | {v} |")
if state.get('app') is not None: print('app state:', json.dumps(state['app'],ensure_ascii=False))
print('wrong:',bad)
