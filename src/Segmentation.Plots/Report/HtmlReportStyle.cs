namespace Segmentation.Plots;

/// <summary>The report's inline style sheet: readable on screen, and on paper (A4, no broken charts or table rows).</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        :root { color-scheme: light; }
        body { margin: 0; background: #F4F4F4; color: #222; font: 15px/1.5 "DejaVu Sans", Helvetica, Arial, sans-serif; }
        main { max-width: 880px; margin: 0 auto; padding: 24px 32px 48px; background: #FFF; }
        h1 { font-size: 26px; margin: 8px 0 4px; }
        h2 { font-size: 20px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid #0072B2; }
        .subtitle { color: #555; margin-top: 0; }
        nav ol { margin: 8px 0 0; padding-left: 22px; columns: 2; }
        nav a { color: #0072B2; text-decoration: none; }
        figure { margin: 16px 0; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { color: #555; font-size: 13px; margin-top: 4px; }
        .table { overflow-x: auto; margin: 12px 0; }
        table { border-collapse: collapse; font-size: 13px; }
        caption { text-align: left; font-weight: bold; padding-bottom: 4px; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #DDD; text-align: left; vertical-align: top; }
        th { background: #F0F4F8; border-bottom: 2px solid #BBB; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody tr:nth-child(even) { background: #FAFAFA; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { background: #FFF; font-size: 11pt; }
          main { max-width: none; padding: 0; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          tr, .table { break-inside: avoid; page-break-inside: avoid; }
          section { break-before: auto; }
        }

        """;
}
