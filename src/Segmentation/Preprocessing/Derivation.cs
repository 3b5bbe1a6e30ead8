using System.Text.Json.Serialization;
using Segmentation.Data;

namespace Segmentation.Preprocessing;

/// <summary>
/// A named, serializable formula that computes a numeric column from other columns (no delegates, so a saved model
/// can replay it). A missing input gives a missing output.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$derivation")]
[JsonDerivedType(typeof(AgeFromBirthYear), "ageFromBirthYear")]
[JsonDerivedType(typeof(SumOf), "sum")]
[JsonDerivedType(typeof(ProductOf), "product")]
[JsonDerivedType(typeof(DifferenceOf), "difference")]
[JsonDerivedType(typeof(RatioOf), "ratio")]
[JsonDerivedType(typeof(DaysSince), "daysSince")]
[JsonDerivedType(typeof(YearOf), "year")]
[JsonDerivedType(typeof(Log1pOf), "log1p")]
public abstract record Derivation
{
    private protected Derivation()
    {
    }

    /// <summary>Gets the columns the formula reads.</summary>
    [JsonIgnore]
    public abstract IReadOnlyList<string> SourceColumns { get; }

    /// <summary>Computes the values of the derived column, one per row of <paramref name="frame"/>.</summary>
    internal abstract double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report);

    private protected static double[] Map(NumericColumn column, Func<double, double> formula)
    {
        var result = new double[column.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = formula(column[row]);
        }

        return result;
    }

    private protected static double[] MapDates(DateColumn column, Func<DateTime, double> formula)
    {
        var result = new double[column.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = column[row] is { } date ? formula(date) : double.NaN;
        }

        return result;
    }
}

/// <summary>Age in whole years from a birth-year column: reference year minus birth year (e.g. 2014 - Year_Birth).</summary>
/// <param name="BirthYearColumn">The numeric birth-year column.</param>
/// <param name="ReferenceYear">The year the age is taken at, e.g. the year the data was collected.</param>
public sealed record AgeFromBirthYear(string BirthYearColumn, int ReferenceYear) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"{ReferenceYear} - '{BirthYearColumn}'";

    /// <summary>Gets the numeric birth-year column.</summary>
    public string BirthYearColumn { get; } = Guard.NotNullOrWhiteSpace(BirthYearColumn);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [BirthYearColumn];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report) =>
        Map(frame.Columns.GetNumeric(BirthYearColumn), year => ReferenceYear - year);
}

/// <summary>The sum of several numeric columns (e.g. total spending over product amounts).</summary>
/// <param name="Columns">At least one numeric column, no duplicates.</param>
public sealed record SumOf(IReadOnlyList<string> Columns) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => string.Join(" + ", Columns.Select(c => $"'{c}'"));

    /// <summary>Gets the columns added up.</summary>
    public IReadOnlyList<string> Columns { get; } = ColumnNames.Validate(Columns, nameof(Columns));

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => Columns;

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report)
    {
        var result = new double[frame.Rows.Count];
        foreach (var name in Columns)
        {
            var values = frame.Columns.GetNumeric(name).Values;
            for (var row = 0; row < result.Length; row++)
            {
                result[row] += values[row];
            }
        }

        return result;
    }
}

/// <summary>The product of several numeric columns (e.g. an amount as Quantity x UnitPrice).</summary>
/// <param name="Columns">At least one numeric column, no duplicates.</param>
public sealed record ProductOf(IReadOnlyList<string> Columns) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => string.Join(" * ", Columns.Select(c => $"'{c}'"));

    /// <summary>Gets the columns multiplied.</summary>
    public IReadOnlyList<string> Columns { get; } = ColumnNames.Validate(Columns, nameof(Columns));

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => Columns;

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report)
    {
        var result = new double[frame.Rows.Count];
        Array.Fill(result, 1.0);
        foreach (var name in Columns)
        {
            var values = frame.Columns.GetNumeric(name).Values;
            for (var row = 0; row < result.Length; row++)
            {
                result[row] *= values[row];
            }
        }

        return result;
    }
}

/// <summary>The difference of two numeric columns: <c>Minuend - Subtrahend</c>.</summary>
/// <param name="Minuend">The column subtracted from.</param>
/// <param name="Subtrahend">The column subtracted.</param>
public sealed record DifferenceOf(string Minuend, string Subtrahend) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"'{Minuend}' - '{Subtrahend}'";

    /// <summary>Gets the column subtracted from.</summary>
    public string Minuend { get; } = Guard.NotNullOrWhiteSpace(Minuend);

    /// <summary>Gets the column subtracted.</summary>
    public string Subtrahend { get; } = Guard.NotNullOrWhiteSpace(Subtrahend);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [Minuend, Subtrahend];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report)
    {
        var left = frame.Columns.GetNumeric(Minuend).Values;
        var right = frame.Columns.GetNumeric(Subtrahend).Values;
        var result = new double[left.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = left[row] - right[row];
        }

        return result;
    }
}

/// <summary>
/// The ratio of two numeric columns: <c>Numerator / Denominator</c>. A zero denominator gives a missing value, and the
/// rows are listed in <see cref="PreprocessingReport.Notes"/>.
/// </summary>
/// <param name="Numerator">The column divided.</param>
/// <param name="Denominator">The column divided by.</param>
public sealed record RatioOf(string Numerator, string Denominator) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"'{Numerator}' / '{Denominator}'";

    /// <summary>Gets the column divided.</summary>
    public string Numerator { get; } = Guard.NotNullOrWhiteSpace(Numerator);

    /// <summary>Gets the column divided by.</summary>
    public string Denominator { get; } = Guard.NotNullOrWhiteSpace(Denominator);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [Numerator, Denominator];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report)
    {
        var top = frame.Columns.GetNumeric(Numerator).Values;
        var bottom = frame.Columns.GetNumeric(Denominator).Values;
        var result = new double[top.Length];
        var zeroRows = new List<string>();
        for (var row = 0; row < result.Length; row++)
        {
            if (bottom[row] == 0)
            {
                result[row] = double.NaN;
                zeroRows.Add(report.RowId(row));
            }
            else
            {
                result[row] = top[row] / bottom[row];
            }
        }

        if (zeroRows.Count > 0)
        {
            report.Note($"'{outputName}': {zeroRows.Count} rows have '{Denominator}' = 0 and were set missing (rows {string.Join(", ", zeroRows)}).");
        }

        return result;
    }
}

/// <summary>Days from a date column to a reference date: <c>(ReferenceDate - date).TotalDays</c> (e.g. customer tenure).</summary>
/// <param name="DateColumn">The date column.</param>
/// <param name="ReferenceDate">The date counted to, e.g. the last date in the data.</param>
public sealed record DaysSince(string DateColumn, DateTime ReferenceDate) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"days from '{DateColumn}' to {ReferenceDate:yyyy-MM-dd}";

    /// <summary>Gets the date column.</summary>
    public string DateColumn { get; } = Guard.NotNullOrWhiteSpace(DateColumn);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [DateColumn];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report) =>
        MapDates(frame.Columns.GetDate(DateColumn), date => (ReferenceDate - date).TotalDays);
}

/// <summary>The calendar year of a date column.</summary>
/// <param name="DateColumn">The date column.</param>
public sealed record YearOf(string DateColumn) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"year of '{DateColumn}'";

    /// <summary>Gets the date column.</summary>
    public string DateColumn { get; } = Guard.NotNullOrWhiteSpace(DateColumn);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [DateColumn];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report) =>
        MapDates(frame.Columns.GetDate(DateColumn), date => date.Year);
}

/// <summary>
/// <c>log(1 + x)</c> of a numeric column, for skewed amounts. A negative value is an error naming the value, the column
/// and the row.
/// </summary>
/// <param name="Column">The numeric column.</param>
public sealed record Log1pOf(string Column) : Derivation
{
    /// <inheritdoc />
    public override string ToString() => $"log1p('{Column}')";

    /// <summary>Gets the numeric column.</summary>
    public string Column { get; } = Guard.NotNullOrWhiteSpace(Column);

    /// <inheritdoc />
    public override IReadOnlyList<string> SourceColumns => [Column];

    internal override double[] Evaluate(DataFrame frame, string outputName, PreprocessingReport report)
    {
        var values = frame.Columns.GetNumeric(Column).Values;
        var result = new double[values.Length];
        for (var row = 0; row < result.Length; row++)
        {
            result[row] = Log1p.Apply(values[row], Column, row, report);
        }

        return result;
    }
}
