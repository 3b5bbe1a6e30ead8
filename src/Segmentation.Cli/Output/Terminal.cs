using System.Globalization;
using Segmentation.Pipeline;
using Spectre.Console;

namespace Segmentation.Cli;

/// <summary>Prints lines and tables, with Spectre.Console on an interactive console and as plain text otherwise.</summary>
internal sealed class Terminal
{
    private readonly TextWriter _output;
    private readonly IAnsiConsole? _console;

    public Terminal(TextWriter output, bool rich)
    {
        _output = output;
        _console = rich ? AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }) : null;
    }

    /// <summary>Gets whether output is rich (colours, live progress).</summary>
    public bool IsRich => _console is not null;

    /// <summary>Writes one line of text.</summary>
    public void Line(string text = "")
    {
        if (_console is not null)
        {
            _console.WriteLine(text);
        }
        else
        {
            _output.WriteLine(text);
        }
    }

    /// <summary>Writes a heading line.</summary>
    public void Heading(string text)
    {
        if (_console is not null)
        {
            _console.MarkupLine($"[bold]{Markup.Escape(text)}[/]");
        }
        else
        {
            _output.WriteLine(text);
        }
    }

    /// <summary>Writes a table; cells that parse as numbers are right-aligned.</summary>
    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var numeric = headers.Select((_, column) => rows.Count > 0 && rows.All(row => IsNumber(row[column]))).ToArray();
        if (_console is not null)
        {
            var table = new Table().Border(TableBorder.Rounded);
            for (var column = 0; column < headers.Count; column++)
            {
                var tableColumn = new TableColumn(Markup.Escape(headers[column]));
                table.AddColumn(numeric[column] ? tableColumn.RightAligned() : tableColumn);
            }

            foreach (var row in rows)
            {
                table.AddRow(row.Select(Markup.Escape).ToArray());
            }

            _console.Write(table);
            return;
        }

        var widths = headers.Select((header, column) => Math.Max(header.Length, rows.Count == 0 ? 0 : rows.Max(row => row[column].Length))).ToArray();
        string Format(IReadOnlyList<string> cells) => string.Join("  ", cells.Select((cell, column) =>
            numeric[column] ? cell.PadLeft(widths[column]) : cell.PadRight(widths[column]))).TrimEnd();
        _output.WriteLine(Format(headers));
        _output.WriteLine(string.Join("  ", widths.Select(width => new string('-', width))));
        foreach (var row in rows)
        {
            _output.WriteLine(Format(row));
        }
    }

    /// <summary>Runs long work; on a rich console with a live progress bar fed by the pipeline's progress reports.</summary>
    public T WithProgress<T>(string description, Func<IProgress<SegmentationProgress>?, T> work)
    {
        if (_console is null)
        {
            return work(null);
        }

        return _console.Progress().AutoClear(true).Start(context =>
        {
            var task = context.AddTask(Markup.Escape(description));
            var progress = new ImmediateProgress<SegmentationProgress>(report =>
            {
                task.Description = Markup.Escape($"{description}: {report.Stage}");
                task.MaxValue = Math.Max(1, report.Total);
                task.Value = report.Completed;
            });
            var result = work(progress);
            task.Value = task.MaxValue;
            return result;
        });
    }

    private static bool IsNumber(string cell) =>
        cell.Length > 0 && double.TryParse(cell.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Reports on the calling thread (unlike <see cref="Progress{T}"/>, which posts to the thread pool).</summary>
    private sealed class ImmediateProgress<TReport>(Action<TReport> report) : IProgress<TReport>
    {
        public void Report(TReport value) => report(value);
    }
}
