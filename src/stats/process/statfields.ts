/**
 * Which "show stat" fields each row type's get_stats() fills, per HAProxy
 * release: read in that release's source, the fill functions of its stats
 * (stats_fill_fe/li/sv/be_stats in 2.x's stats.c, stats_fill_*_line in
 * 3.x's stats-proxy.c, where every generic counter column is set too,
 * empty when it is not the row type's). A get_stats() call fills one
 * array shared by the process and sets only these fields: the others keep
 * what an earlier call of another row type left there (process/local.ts).
 * Measured against "show stat" row for row by spec 26 on every HAProxy of
 * the test command's matrix. A release not listed here has its rows read
 * on the socket; so does one whose "show stat" header names a field the
 * table lacks (a backport: local.ts checks).
 */
import { stats_types } from "./types";

/** Space-separated field names, per row type. */
export interface FilledFields {
  frontend: string;
  listener: string;
  server: string;
  backend: string;
}

/** 2.6 (stats.c's stats_fill_*_stats; 2.6.12 adds agg_server_status and agg_check_status to backends, measured). */
const HAPROXY_2_6: FilledFields = {
  frontend:
    "pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type rate rate_lim rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx " +
    "hrsp_other req_rate req_rate_max req_tot comp_in comp_out comp_byp comp_rsp mode conn_rate conn_rate_max conn_tot intercepted dcon dses wrew " +
    "cache_lookups cache_hits eint",
  listener:
    "pxname svname scur smax slim stot bin bout dreq dresp ereq status pid iid sid type addr mode dcon dses wrew eint",
  server:
    "pxname svname qcur qmax scur smax slim stot bin bout dresp econ eresp wretr wredis status weight act bck chkfail chkdown lastchg downtime qlimit pid " +
    "iid sid throttle lbtot tracked type rate rate_max check_status check_code check_duration hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other " +
    "hanafail req_tot cli_abrt srv_abrt lastsess last_chk last_agt qtime ctime rtime ttime agent_status agent_code agent_duration check_desc agent_desc " +
    "check_rise check_fall check_health agent_rise agent_fall agent_health addr cookie mode wrew connect reuse srv_icur src_ilim qtime_max ctime_max " +
    "rtime_max ttime_max eint idle_conn_cur safe_conn_cur used_conn_cur need_conn_est uweight",
  backend:
    "pxname svname qcur qmax scur smax slim stot bin bout dreq dresp econ eresp wretr wredis status weight act bck chkdown lastchg downtime pid iid sid " +
    "lbtot type rate rate_max hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess " +
    "qtime ctime rtime ttime cookie mode algo wrew connect reuse cache_lookups cache_hits qtime_max ctime_max rtime_max ttime_max eint uweight " +
    "agg_server_check_status agg_server_status agg_check_status",
};

/** 2.8 (stats.c; "proto" is the listener's protocol). */
const HAPROXY_2_8: FilledFields = {
  frontend:
    "pxname svname mode scur smax slim stot bin bout dreq dresp ereq dcon dses status pid iid sid type rate rate_lim rate_max wrew eint hrsp_1xx hrsp_2xx " +
    "hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other intercepted cache_lookups cache_hits req_rate req_rate_max req_tot comp_in comp_out comp_byp comp_rsp conn_rate " +
    "conn_rate_max conn_tot sess_other h1sess h2sess h3sess req_other h1req h2req h3req",
  listener:
    "pxname svname mode scur smax slim stot bin bout dreq dresp ereq dcon dses status pid iid sid type wrew eint addr proto",
  server:
    "pxname svname mode qcur qmax scur smax slim srv_icur src_ilim stot bin bout dresp econ eresp wretr wredis wrew eint connect reuse idle_conn_cur " +
    "safe_conn_cur used_conn_cur need_conn_est status lastchg weight uweight act bck chkfail chkdown downtime qlimit pid iid sid srid throttle lbtot " +
    "tracked type rate rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall check_health agent_status agent_code " +
    "agent_duration agent_desc last_agt agent_rise agent_fall agent_health req_tot hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail " +
    "cli_abrt srv_abrt lastsess qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max addr cookie",
  backend:
    "pxname svname mode qcur qmax scur smax slim stot bin bout dreq dresp econ eresp wretr wredis wrew eint connect reuse status agg_server_check_status " +
    "agg_server_status agg_check_status weight uweight act bck chkdown lastchg downtime pid iid sid lbtot type rate rate_max cookie algo req_tot hrsp_1xx " +
    "hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other cache_lookups cache_hits cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess qtime ctime " +
    "rtime ttime qtime_max ctime_max rtime_max ttime_max",
};

/** 3.0 to 3.2 (stats-proxy.c: generic counters and the fill functions' cases; 3.1 and 3.2 unchanged). */
const HAPROXY_3_0: FilledFields = {
  frontend:
    "pxname svname mode scur smax slim status pid iid sid type rate_lim rate_max req_rate_max conn_rate_max sess_other stot bin bout dreq dresp ereq econ " +
    "eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt " +
    "srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess " +
    "h2sess h3sess req_other h1req h2req h3req",
  listener:
    "pxname svname mode scur smax slim status pid iid sid type addr proto stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg " +
    "lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp " +
    "lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req",
  server:
    "pxname svname mode qcur qmax scur smax slim srv_icur src_ilim idle_conn_cur safe_conn_cur used_conn_cur need_conn_est status weight uweight act bck " +
    "downtime qlimit pid iid sid srid throttle tracked type rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall " +
    "check_health agent_status agent_code agent_duration agent_desc last_agt agent_rise agent_fall agent_health qtime ctime rtime ttime qtime_max ctime_max " +
    "rtime_max ttime_max addr cookie stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx " +
    "hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted " +
    "dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req",
  backend:
    "pxname svname mode qcur qmax scur smax slim status agg_server_check_status agg_server_status agg_check_status weight uweight act bck downtime pid iid " +
    "sid type rate_max cookie algo qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max stot bin bout dreq dresp ereq econ eresp wretr wredis " +
    "chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in " +
    "comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess " +
    "req_other h1req h2req h3req",
};

/** 3.3 and 3.4 (3.0's, with reqbin, reqbout, resbin, resbout and, for servers, priv_idle_cur). */
const HAPROXY_3_3: FilledFields = {
  frontend:
    "pxname svname mode scur smax slim status pid iid sid type rate_lim rate_max req_rate_max conn_rate_max sess_other stot bin bout dreq dresp ereq econ " +
    "eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt " +
    "srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess " +
    "h2sess h3sess req_other h1req h2req h3req reqbin reqbout resbin resbout",
  listener:
    "pxname svname mode scur smax slim status pid iid sid type addr proto stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg " +
    "lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp " +
    "lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req " +
    "reqbin reqbout resbin resbout",
  server:
    "pxname svname mode qcur qmax scur smax slim srv_icur src_ilim idle_conn_cur safe_conn_cur used_conn_cur need_conn_est status weight uweight act bck " +
    "downtime qlimit pid iid sid srid throttle tracked type rate_max check_status check_code check_duration check_desc last_chk check_rise check_fall " +
    "check_health agent_status agent_code agent_duration agent_desc last_agt agent_rise agent_fall agent_health qtime ctime rtime ttime qtime_max ctime_max " +
    "rtime_max ttime_max addr cookie priv_idle_cur stot bin bout dreq dresp ereq econ eresp wretr wredis chkfail chkdown lastchg lbtot rate hrsp_1xx " +
    "hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in comp_out comp_byp comp_rsp lastsess conn_rate " +
    "conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess req_other h1req h2req h3req reqbin reqbout resbin " +
    "resbout",
  backend:
    "pxname svname mode qcur qmax scur smax slim status agg_server_check_status agg_server_status agg_check_status weight uweight act bck downtime pid iid " +
    "sid type rate_max cookie algo qtime ctime rtime ttime qtime_max ctime_max rtime_max ttime_max stot bin bout dreq dresp ereq econ eresp wretr wredis " +
    "chkfail chkdown lastchg lbtot rate hrsp_1xx hrsp_2xx hrsp_3xx hrsp_4xx hrsp_5xx hrsp_other hanafail req_rate req_tot cli_abrt srv_abrt comp_in " +
    "comp_out comp_byp comp_rsp lastsess conn_rate conn_tot intercepted dcon dses wrew connect reuse cache_lookups cache_hits eint h1sess h2sess h3sess " +
    "req_other h1req h2req h3req reqbin reqbout resbin resbout",
};

/** By release (major * 100 + minor): the releases whose source was read. */
const BY_RELEASE: Record<number, FilledFields> = {
  206: HAPROXY_2_6,
  208: HAPROXY_2_8,
  300: HAPROXY_3_0,
  301: HAPROXY_3_0,
  302: HAPROXY_3_0,
  303: HAPROXY_3_3,
  304: HAPROXY_3_3,
};

/** The fields get_stats() fills in `release`, as sets by row type (stats_types); undefined for a release not read. */
export function filledFields(release: number): LuaTable<number, LuaTable<string, boolean>> | undefined {
  const known = BY_RELEASE[release];
  if (known === undefined) return undefined;
  const sets = new LuaTable<number, LuaTable<string, boolean>>();
  for (const [rowType, list] of [
    [stats_types.FRONTEND, known.frontend],
    [stats_types.SOCKET, known.listener],
    [stats_types.SERVER, known.server],
    [stats_types.BACKEND, known.backend],
  ] as const) {
    const set = new LuaTable<string, boolean>();
    for (const [name] of string.gmatch(list, "%S+")) set.set(name, true);
    sets.set(rowType, set);
  }
  return sets;
}

/**
 * The fields filled as text (mkf_str) in every release listed; every other
 * field is an integer or empty, in every row type.
 */
export const TEXT_FIELDS = new LuaTable<string, boolean>();
for (const [name] of string.gmatch("pxname svname status check_status last_chk last_agt agent_status check_desc agent_desc addr cookie mode algo tracked proto", "%S+")) {
  TEXT_FIELDS.set(name, true);
}
