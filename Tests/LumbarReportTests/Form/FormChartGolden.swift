/// The golden form chart of `FormChartTests.smallRun()` (22 buckets, title "Golden run").
/// Regenerate only when the chart's design changes on purpose, and review the diff.
enum FormChartGolden {
    static let svg = #"""
<svg xmlns="http://www.w3.org/2000/svg" width="720.0" height="620.0" viewBox="0 0 720.0 620.0" role="img" font-family="sans-serif" font-size="11">
<title>Golden run: running form over the run</title>
<desc>Cadence, ground contact time and vertical oscillation over running time (stops and walking breaks left out); the first and last thirds are hatched: lumbar compares them at matched pace.</desc>
<defs><pattern id="third" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#999" stroke-width="1"/></pattern></defs>
<rect width="100%" height="100%" fill="#fff"/>
<text class="title" x="64.0" y="20" font-size="14">Golden run</text>
<g class="panel" data-metric="cadence">
<text class="panel-title" x="64.0" y="42.0">Cadence (spm)</text>
<rect class="third first" x="64.0" y="48.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<rect class="third last" x="490.7" y="48.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<text class="third-label" x="170.7" y="60.0" text-anchor="middle">first third</text>
<text class="third-label" x="597.3" y="60.0" text-anchor="middle">last third</text>
<rect class="frame" x="64.0" y="48.0" width="640.0" height="150.0" fill="none" stroke="#000" stroke-width="1"/>
<line x1="64.0" y1="198.0" x2="64.0" y2="202.0" stroke="#000"/><text class="x-tick" x="64.0" y="213.0" text-anchor="middle">0</text>
<line x1="355.4" y1="198.0" x2="355.4" y2="202.0" stroke="#000"/><text class="x-tick" x="355.4" y="213.0" text-anchor="middle">5</text>
<line x1="646.7" y1="198.0" x2="646.7" y2="202.0" stroke="#000"/><text class="x-tick" x="646.7" y="213.0" text-anchor="middle">10</text>
<text class="y-tick" x="58.0" y="181.5" text-anchor="end">166</text>
<line x1="61.0" y1="177.5" x2="64.0" y2="177.5" stroke="#000"/>
<text class="y-tick" x="58.0" y="86.5" text-anchor="end">172</text>
<line x1="61.0" y1="82.5" x2="64.0" y2="82.5" stroke="#000"/>
<polyline class="line" fill="none" stroke="#000" stroke-width="1.5" points="78.5,82.5 107.6,86.6 136.7,90.8 165.8,94.9 194.9,99.0 224.0,103.2 253.1,107.3 282.2,111.4 311.3,115.5 340.4,119.7 369.5,132.1 398.5,136.2 427.6,140.3 456.7,144.5 485.8,148.6 514.9,152.7 544.0,156.8 573.1,161.0 602.2,165.1 631.3,169.2 660.4,173.4 689.5,177.5"/>
</g>
<g class="panel" data-metric="groundContactTime">
<text class="panel-title" x="64.0" y="226.0">Ground contact time (ms)</text>
<rect class="third first" x="64.0" y="232.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<rect class="third last" x="490.7" y="232.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<text class="third-label" x="170.7" y="244.0" text-anchor="middle">first third</text>
<text class="third-label" x="597.3" y="244.0" text-anchor="middle">last third</text>
<rect class="frame" x="64.0" y="232.0" width="640.0" height="150.0" fill="none" stroke="#000" stroke-width="1"/>
<line x1="64.0" y1="382.0" x2="64.0" y2="386.0" stroke="#000"/><text class="x-tick" x="64.0" y="397.0" text-anchor="middle">0</text>
<line x1="355.4" y1="382.0" x2="355.4" y2="386.0" stroke="#000"/><text class="x-tick" x="355.4" y="397.0" text-anchor="middle">5</text>
<line x1="646.7" y1="382.0" x2="646.7" y2="386.0" stroke="#000"/><text class="x-tick" x="646.7" y="397.0" text-anchor="middle">10</text>
<text class="y-tick" x="58.0" y="371.3" text-anchor="end">240</text>
<line x1="61.0" y1="367.3" x2="64.0" y2="367.3" stroke="#000"/>
<text class="y-tick" x="58.0" y="264.7" text-anchor="end">252</text>
<line x1="61.0" y1="260.7" x2="64.0" y2="260.7" stroke="#000"/>
<polyline class="line" fill="none" stroke="#000" stroke-width="1.5" points="78.5,367.3 107.6,362.7 136.7,358.1 165.8,353.4 194.9,348.8 224.0,344.1 253.1,339.5 282.2,334.9 311.3,330.2 340.4,325.6 369.5,311.7 398.5,307.0 427.6,302.4 456.7,297.8 485.8,293.1 514.9,288.5 544.0,283.9 573.1,279.2 602.2,274.6 631.3,269.9 660.4,265.3 689.5,260.7"/>
</g>
<g class="panel" data-metric="verticalOscillation">
<text class="panel-title" x="64.0" y="410.0">Vertical oscillation (mm)</text>
<rect class="third first" x="64.0" y="416.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<rect class="third last" x="490.7" y="416.0" width="213.3" height="150.0" fill="url(#third)" opacity="0.35"/>
<text class="third-label" x="170.7" y="428.0" text-anchor="middle">first third</text>
<text class="third-label" x="597.3" y="428.0" text-anchor="middle">last third</text>
<rect class="frame" x="64.0" y="416.0" width="640.0" height="150.0" fill="none" stroke="#000" stroke-width="1"/>
<line x1="64.0" y1="566.0" x2="64.0" y2="570.0" stroke="#000"/><text class="x-tick" x="64.0" y="581.0" text-anchor="middle">0</text>
<line x1="355.4" y1="566.0" x2="355.4" y2="570.0" stroke="#000"/><text class="x-tick" x="355.4" y="581.0" text-anchor="middle">5</text>
<line x1="646.7" y1="566.0" x2="646.7" y2="570.0" stroke="#000"/><text class="x-tick" x="646.7" y="581.0" text-anchor="middle">10</text>
<text class="y-tick" x="58.0" y="523.3" text-anchor="end">80</text>
<line x1="61.0" y1="519.3" x2="64.0" y2="519.3" stroke="#000"/>
<text class="y-tick" x="58.0" y="480.7" text-anchor="end">81</text>
<line x1="61.0" y1="476.7" x2="64.0" y2="476.7" stroke="#000"/>
<polyline class="line" fill="none" stroke="#000" stroke-width="1.5" points="78.5,519.3 107.6,476.7 136.7,519.3 165.8,476.7 194.9,519.3 224.0,476.7 253.1,519.3 282.2,476.7 311.3,519.3 340.4,476.7 369.5,519.3 398.5,476.7 427.6,519.3 456.7,476.7 485.8,519.3 514.9,476.7 544.0,519.3 573.1,476.7 602.2,519.3 631.3,476.7 660.4,519.3 689.5,476.7"/>
</g>
<text class="x-label" x="384.0" y="594.0" text-anchor="middle">running time (min)</text>
</svg>

"""#
}
