namespace Segmentation.Tests.Reliability;

/// <summary>What a bad input must produce: a typed error with a precise message, or a documented result.</summary>
internal abstract record Expectation;

/// <summary>
/// A typed exception (ExceptionType or a subclass) whose message holds every fragment; for data errors
/// the <see cref="SegmentationDataException"/> properties are checked too when given.
/// </summary>
internal sealed record ExpectedError(Type ExceptionType, IReadOnlyList<string> Fragments) : Expectation
{
    public string? Column { get; init; }

    public int? Row { get; init; }

    public string? Value { get; init; }

    public override string ToString() => $"{ExceptionType.Name} containing \"{string.Join("\", \"", Fragments)}\"";
}

/// <summary>A documented, non-exceptional result, with a check that throws (via NUnit asserts) when it does not hold.</summary>
internal sealed record DocumentedResult(string Description, Action<object?> Check) : Expectation
{
    public override string ToString() => Description;
}

/// <summary>One row of the bad-input catalog: a name, the area it exercises, the call, and the expected outcome.</summary>
internal sealed record CatalogCase(string Name, string Area, Func<object?> Run, Expectation Expected)
{
    public override string ToString() => Name;
}

/// <summary>How a catalog case actually ended.</summary>
internal enum CatalogOutcome
{
    TypedError,
    DocumentedResult,
    Crash,
    Hang,
    Mismatch,
}
