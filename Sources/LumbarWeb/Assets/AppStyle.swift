/// The dashboard's stylesheet, served at `/assets/app.css` (no external fonts or files).
/// Colours meet WCAG AA contrast on white; focus is always visible; one column at phone width.
enum AppStyle {
    static let css = """
    :root { --ink: #1d2329; --muted: #4f5a65; --line: #d5dbe1; --accent: #1f5a94; --bad: #a1231b; --warn: #8a5200; --good: #1b5e20; --bg: #f6f8fa; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fff; }
    a { color: var(--accent); } a:hover { text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid #e37400; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px; z-index: 10; }
    .skip:focus { left: 8px; }
    header.top { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 20px; padding: 10px 16px; border-bottom: 1px solid var(--line); background: var(--bg); }
    .brand { font-weight: 700; font-size: 20px; text-decoration: none; color: var(--ink); }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 4px 14px; margin: 0; padding: 0; }
    nav a { text-decoration: none; padding: 4px 2px; } nav a[aria-current="page"] { font-weight: 700; border-bottom: 3px solid var(--accent); color: var(--ink); }
    main { max-width: 960px; margin: 0 auto; padding: 16px; }
    footer { max-width: 960px; margin: 24px auto; padding: 0 16px; color: var(--muted); font-size: 14px; }
    h1 { font-size: 28px; margin: 8px 0 12px; } h2 { font-size: 21px; margin-top: 28px; border-bottom: 2px solid var(--line); }
    .muted, figcaption, .small { color: var(--muted); font-size: 14px; }
    .box { border: 1px solid var(--line); background: var(--bg); padding: 10px 14px; border-radius: 6px; margin: 12px 0; }
    .box.error, .flag { border: 2px solid var(--bad); background: #fdecea; }
    .box.ok { border-color: var(--good); background: #eef7ee; }
    .flag { padding: 10px 14px; border-radius: 6px; margin: 12px 0; } .flag.soon { border-color: var(--warn); background: #fff4e0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; }
    .card { border: 1px solid var(--line); border-radius: 8px; padding: 12px; } .card strong { display: block; font-size: 24px; }
    table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 15px; }
    .scroll { overflow-x: auto; }
    th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
    th { background: var(--bg); } td.num { text-align: right; white-space: nowrap; }
    .for { color: var(--good); } .against { color: var(--bad); }
    figure { margin: 12px 0 20px; } svg { max-width: 100%; height: auto; font-size: 11px; fill: var(--ink); }
    svg .bar { fill: #3f6f9f; } svg .bar.light { fill: #b7c9db; } svg .bar.low { fill: var(--bad); } svg .grid { stroke: #dfe4e8; }
    svg .norm { stroke: var(--ink); stroke-width: 2; } svg .pain { fill: var(--bad); } svg .route { fill: none; stroke: var(--accent); stroke-width: 3; }
    svg .trace { fill: none; stroke: var(--accent); stroke-width: 1.5; }
    fieldset { border: 1px solid var(--line); border-radius: 8px; margin: 14px 0; padding: 10px 14px; }
    legend { font-weight: 700; padding: 0 6px; }
    .q { margin: 10px 0 14px; } .q > p:not(.small), .q > label:first-child { margin: 0 0 4px; font-weight: 600; display: block; }
    .choices { display: flex; flex-wrap: wrap; gap: 4px 16px; } .choices label { font-weight: 400; }
    input[type=number], input[type=date], input[type=text], select { font: inherit; padding: 6px 8px; border: 1px solid #6b7682; border-radius: 4px; min-width: 8em; }
    button, .button { font: inherit; background: var(--accent); color: #fff; border: 0; border-radius: 6px; padding: 9px 18px; cursor: pointer; text-decoration: none; display: inline-block; }
    .account { margin-left: auto; display: flex; flex-wrap: wrap; align-items: center; gap: 6px 12px; }
    form.inline { display: inline; margin: 0; } form.inline button { padding: 4px 10px; }
    .box.viewing { border: 2px solid var(--accent); margin: 12px 16px; }
    button.danger { background: var(--bad); }
    button.secondary { background: #fff; color: var(--accent); border: 2px solid var(--accent); }
    progress { width: 100%; height: 18px; }
    .timer-controls { display: flex; align-items: center; gap: 16px; margin: 4px 0 8px; }
    .timer { font-size: 40px; font-variant-numeric: tabular-nums; margin: 8px 0; }
    .prob { display: inline-block; height: 10px; background: #3f6f9f; vertical-align: middle; }
    @media (max-width: 600px) { h1 { font-size: 23px; } main { padding: 10px; } table { font-size: 14px; } }
    @media print { header.top, .skip { display: none; } }
    """
}
