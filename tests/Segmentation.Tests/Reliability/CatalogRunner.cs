using NUnit.Framework.Internal;
using Segmentation.Data;

namespace Segmentation.Tests.Reliability;

/// <summary>Runs a catalog case under a time limit and classifies how it ended.</summary>
internal static class CatalogRunner
{
    /// <summary>Longest a case may run before it counts as a hang; each case takes milliseconds.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(15);

    /// <summary>
    /// The exception families a caller is told about: the library's own, argument misuse, a misused object (a pipeline
    /// fitted twice), a missing file. Anything else (NullReference, IndexOutOfRange, InvalidCast, Overflow,
    /// OutOfMemory, a raw JsonException or CsvHelper exception) is a crash.
    /// </summary>
    public static bool IsTyped(Exception error) =>
        error is SegmentationException or ArgumentException or FileNotFoundException or OperationCanceledException
        || error.GetType() == typeof(InvalidOperationException);

    public static (CatalogOutcome Outcome, string Detail) Run(CatalogCase catalogCase)
    {
        var task = Task.Run(catalogCase.Run);
        try
        {
            if (!task.Wait(HangLimit))
            {
                return (CatalogOutcome.Hang, $"still running after {HangLimit.TotalSeconds} s");
            }
        }
        catch (AggregateException aggregate) when (aggregate.InnerExceptions.Count == 1)
        {
            return Classify(catalogCase.Expected, aggregate.InnerExceptions[0]);
        }

        return catalogCase.Expected switch
        {
            DocumentedResult documented => CheckDocumented(documented, task.Result),
            ExpectedError error => (CatalogOutcome.Mismatch, $"expected {error} but the call returned {Describe(task.Result)}"),
            _ => throw new InvalidOperationException("Unknown expectation."),
        };
    }

    private static (CatalogOutcome, string) Classify(Expectation expected, Exception error)
    {
        if (!IsTyped(error))
        {
            return (CatalogOutcome.Crash, $"{error.GetType().FullName}: {error.Message}\n{error.StackTrace}");
        }

        if (expected is not ExpectedError wanted)
        {
            return (CatalogOutcome.Mismatch, $"expected {expected} but it threw {error.GetType().Name}: {error.Message}");
        }

        var problems = new List<string>();
        if (!wanted.ExceptionType.IsInstanceOfType(error))
        {
            problems.Add($"type {error.GetType().Name} is not {wanted.ExceptionType.Name}");
        }

        problems.AddRange(wanted.Fragments
            .Where(fragment => !error.Message.Contains(fragment, StringComparison.Ordinal))
            .Select(fragment => $"message lacks \"{fragment}\""));
        if (wanted.Column is not null || wanted.Row is not null || wanted.Value is not null)
        {
            if (error is not SegmentationDataException data)
            {
                problems.Add("not a SegmentationDataException, so it cannot name column, row and value");
            }
            else
            {
                AddIfDifferent(problems, "ColumnName", wanted.Column, data.ColumnName);
                AddIfDifferent(problems, "RowIndex", wanted.Row, data.RowIndex);
                AddIfDifferent(problems, "Value", wanted.Value, data.Value);
            }
        }

        return problems.Count == 0
            ? (CatalogOutcome.TypedError, $"{error.GetType().Name}: {error.Message}")
            : (CatalogOutcome.Mismatch, $"{string.Join("; ", problems)}. Actual {error.GetType().Name}: {error.Message}");
    }

    private static void AddIfDifferent<T>(List<string> problems, string name, T? wanted, T? actual)
    {
        if (wanted is not null && !EqualityComparer<T>.Default.Equals(wanted, actual))
        {
            problems.Add($"{name} is {actual?.ToString() ?? "null"}, expected {wanted}");
        }
    }

    private static (CatalogOutcome, string) CheckDocumented(DocumentedResult documented, object? result)
    {
        // Assertions inside the check must not fail the calling test directly: collect them as a mismatch instead.
        using (new TestExecutionContext.IsolatedContext())
        {
            try
            {
                documented.Check(result);
                return (CatalogOutcome.DocumentedResult, documented.Description);
            }
            catch (Exception error)
            {
                return (CatalogOutcome.Mismatch, $"{documented.Description}: check failed: {error.Message}");
            }
        }
    }

    private static string Describe(object? result) => result switch
    {
        null => "null",
        DataFrame frame => $"a frame of {frame.Rows.Count} rows x {frame.Columns.Count} columns",
        _ => result.ToString() ?? result.GetType().Name,
    };
}
