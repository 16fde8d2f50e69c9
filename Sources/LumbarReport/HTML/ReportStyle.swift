/// The report's inline stylesheet: screen and A4 print.
enum ReportStyle {
    static let css = """
    @page { size: A4; margin: 16mm 14mm; }
    body { font: 11pt/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1d2329; max-width: 190mm; margin: 0 auto; padding: 12px; }
    h1 { font-size: 20pt; margin: 0 0 4px; } h2 { font-size: 14pt; border-bottom: 2px solid #d5dbe1; padding-bottom: 2px; margin-top: 22px; } h3 { font-size: 12pt; margin: 14px 0 4px; }
    .meta, .small { color: #55606b; font-size: 9.5pt; }
    .notice { border: 1px solid #c9d3dc; background: #f4f7fa; padding: 8px 10px; border-radius: 4px; }
    .flag { border: 2px solid #b3261e; background: #fdecea; padding: 10px 12px; border-radius: 4px; margin: 8px 0; }
    .flag.soon { border-color: #a86400; background: #fff4e0; }
    .flag strong { font-size: 12pt; }
    table { border-collapse: collapse; width: 100%; margin: 6px 0 10px; font-size: 9.5pt; }
    th, td { border-bottom: 1px solid #dfe4e8; padding: 4px 6px; text-align: left; vertical-align: top; }
    th { background: #eef2f5; }
    td.num { text-align: right; white-space: nowrap; }
    .for { color: #1b5e20; } .against { color: #8a1c1c; }
    .level-likely { font-weight: 700; } .level-unknown { color: #55606b; }
    .prob { display: inline-block; height: 8px; background: #3f6f9f; vertical-align: middle; }
    svg { max-width: 100%; height: auto; font-size: 10px; fill: #1d2329; }
    svg .bar { fill: #3f6f9f; } svg .bar.light { fill: #b7c9db; } svg .bar.low { fill: #b3261e; }
    svg .grid { stroke: #dfe4e8; } svg .norm { stroke: #1d2329; stroke-width: 2; } svg .pain { fill: #b3261e; }
    figure { margin: 8px 0 14px; } figcaption { font-size: 9.5pt; color: #55606b; }
    ol li, ul li { margin: 2px 0; }
    @media print { body { padding: 0; max-width: none; } section, figure, table, .flag { break-inside: avoid; } h2 { break-after: avoid; } }
    """
}
