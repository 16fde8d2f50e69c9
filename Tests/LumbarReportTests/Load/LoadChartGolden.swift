/// The expected bytes of `LoadChart.svg` for `LoadChartTests.report(weeks: 3)` (golden file:
/// regenerate deliberately when the chart layout changes, and look at the result).
enum LoadChartGolden {
    static let threeWeeks = #"""
<svg xmlns="http://www.w3.org/2000/svg" width="720" height="430" viewBox="0 0 720 430" font-family="sans-serif" font-size="11" role="img">
<title>Weekly running distance and load ratio to 2026-11-08</title>
<desc>Bars: distance per ISO week. Triangles: runs more than 10 % longer than the longest run of the 30 days before (Frandsen 2025). Lower panel: ewma acute:chronic ratio over your own usual range; information only, not a risk zone.</desc>
<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#333333" stroke-width="2"/></pattern>
<pattern id="dots" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#eeeeee"/><circle cx="3" cy="3" r="1" fill="#777777"/></pattern></defs>
<rect width="720.0" height="430.0" fill="#ffffff"/>
<text x="56.0" y="22.0" font-weight="bold">Weekly distance (km)</text>
<line x1="56.0" y1="210.0" x2="704.0" y2="210.0" stroke="#000000"/>
<text x="50.0" y="44.0" text-anchor="end">50</text>
<text x="50.0" y="214.0" text-anchor="end">0</text>
<rect class="week" x="88.4" y="111.1" width="151.2" height="98.9" fill="url(#hatch)" stroke="#000000"><title>2026-W43: 29.1 km, 3 runs</title></rect>
<text x="164.0" y="107.1" text-anchor="middle">29.1</text>
<text x="164.0" y="226.0" text-anchor="middle">W43</text>
<rect class="week" x="304.4" y="108.0" width="151.2" height="102.0" fill="url(#hatch)" stroke="#000000"><title>2026-W44: 30.0 km, 3 runs</title></rect>
<text x="380.0" y="104.0" text-anchor="middle">30.0</text>
<text x="380.0" y="226.0" text-anchor="middle">W44</text>
<rect class="week" x="520.4" y="152.2" width="151.2" height="57.8" fill="url(#hatch)" stroke="#000000"><title>2026-W45: 17.0 km, 1 run</title></rect>
<text x="596.0" y="148.2" text-anchor="middle">17.0</text>
<text x="596.0" y="226.0" text-anchor="middle">W45</text>
<path class="spike" d="M590.0 132.2 L602.0 132.2 L596.0 122.2 Z" fill="#000000"><title>spike 8 Nov: +67 %</title></path>
<text x="596.0" y="118.2" text-anchor="middle" font-size="10">+67 %</text>
<text x="56.0" y="258.0" font-weight="bold">Acute:chronic ratio (ewma), information only</text>
<line x1="56.0" y1="380.0" x2="704.0" y2="380.0" stroke="#000000"/>
<text x="50.0" y="274.0" text-anchor="end">2.0</text>
<text x="50.0" y="384.0" text-anchor="end">0</text>
<rect class="usual-range" x="56.0" y="320.7" width="648.0" height="35.7" fill="url(#dots)" stroke="#777777" stroke-dasharray="2 2"/>
<text x="56.0" y="400.0" font-size="10">Dotted band: your usual range 0.43-1.08 (10th-90th percentile of your own history), not a risk zone.</text>
<text x="56.0" y="416.0" font-size="10">Dashed line: the ratio at the end of each week. Triangle: a run more than 10 % longer than your longest of the 30 days before (Frandsen 2025).</text>
<circle cx="164.0" cy="340.8" r="3" fill="#000000"><title>2026-W43: 0.71</title></circle>
<circle cx="380.0" cy="339.7" r="3" fill="#000000"><title>2026-W44: 0.73</title></circle>
<circle cx="596.0" cy="272.9" r="3" fill="#000000"><title>2026-W45: 1.95</title></circle>
<polyline class="ratio" points="164.0,340.8 380.0,339.7 596.0,272.9" fill="none" stroke="#000000" stroke-width="2" stroke-dasharray="6 3"/>
</svg>

"""#
}
