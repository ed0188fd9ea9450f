/**
 * The report's CSS: screen and A4 print; fonts the reader's system has, CJK first for zh-CN. In
 * print the front page (title and counts), each scheme's overview, the rows not used and each
 * subject start a page of their own, in type small enough that each fits on one: a report prints
 * to 1 + schemes + subjects pages (+ 1 with rows not used), a count the browser test checks.
 */
export const reportStyles = `
:root{color-scheme:light}
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",system-ui,sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1f2328;font-size:14px;line-height:1.45}
h1{font-size:22px}h2{font-size:18px;border-bottom:2px solid #d0d7de;padding-bottom:4px;margin-top:28px}h3{font-size:15px;margin:16px 0 6px}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.num{font-variant-numeric:tabular-nums}tr.group th,tr.g th{background:#eef2f7;text-align:left}tr.group th.n,tr.g th.n{text-align:right}
.lines td{font-size:12px}.arith,td.a{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}.prov,.lines td:nth-child(4){color:#57606a;font-size:12px}.lines td:nth-child(4){white-space:nowrap}.lines td:nth-child(2){font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px}.lines td:nth-child(3),.lines tr.g th:nth-child(2){text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.kv{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}.kv dt{font-weight:600}.kv dd{margin:0;word-break:break-all}
.chart{max-width:100%;height:auto}.chart .bar{fill:#4871c4}.chart .axis{stroke:#57606a}.chart .edge{stroke:#cf222e;stroke-dasharray:4 3}
.chart text{font-size:11px;fill:#1f2328}.chart .edge-label{fill:#cf222e}
.figure{margin:8px 0}.caption{color:#57606a;font-size:12px}
.subject{break-before:page;page-break-before:always;content-visibility:auto;contain-intrinsic-size:auto 1400px}.total{font-size:18px;font-weight:700}
.veto{color:#cf222e}.muted{color:#57606a}
@page{size:A4;margin:12mm}
@media print{.subject{content-visibility:visible}body{max-width:none;padding:0;font-size:8.5pt;line-height:1.3}a{color:inherit;text-decoration:none}nav{display:none}table,svg{break-inside:avoid}tr{break-inside:avoid}
h1{font-size:15pt;margin:0 0 4px}h2{font-size:12pt;margin:0 0 4px}h3{font-size:9.5pt;margin:6px 0 2px}th,td{padding:1px 4px}table{margin:2px 0 4px}.lines td,.prov,td.a,.lines td:nth-child(n){font-size:7.5pt}.chart{width:80mm;height:auto}.figure{margin:2px 0}
.overview,.problems{break-before:page;page-break-before:always}}
`;
