using Segmentation.Data;

namespace Segmentation.Tests.Data;

public class FromRowsTests
{
    private enum Tier
    {
        Bronze,
        Gold,
    }

    private class Person
    {
        public int Id { get; init; }
    }

    private sealed class Customer : Person
    {
        public string? Name { get; init; }

        public double? Income { get; init; }

        public decimal Spend { get; init; }

        public long Visits { get; init; }

        public float Score { get; init; }

        public Tier Tier { get; init; }

        public bool Active { get; init; }

        public DateTime? Joined { get; init; }

        public DateOnly Birthday { get; init; }

        public DateTimeOffset LastSeen { get; init; }

        public int WriteOnly { set { } }

        public int this[int index] => index;
    }

    private sealed record Unsupported(int Id, List<int> Orders);

    private static Customer[] Customers() =>
    [
        new()
        {
            Id = 1, Name = "Ann", Income = 58.5, Spend = 12.25m, Visits = 3, Score = 0.5f, Tier = Tier.Gold, Active = true,
            Joined = new DateTime(2012, 9, 4), Birthday = new DateOnly(1990, 1, 2),
            LastSeen = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.FromHours(2)),
        },
        new() { Id = 2, Name = null, Income = null, Joined = null },
    ];

    [Test]
    public void Public_readable_properties_become_columns_in_declaration_order_base_first()
    {
        var frame = DataFrame.FromRows(Customers());

        Assert.That(frame.Columns.Names, Is.EqualTo(new[]
        {
            "Id", "Name", "Income", "Spend", "Visits", "Score", "Tier", "Active", "Joined", "Birthday", "LastSeen",
        }));
    }

    [Test]
    public void Numbers_are_numeric_text_enum_and_bool_categorical_and_dates_dates()
    {
        var frame = DataFrame.FromRows(Customers());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.GetNumeric("Id")[0], Is.EqualTo(1));
            Assert.That(frame.Columns.GetNumeric("Income")[0], Is.EqualTo(58.5));
            Assert.That(frame.Columns.GetNumeric("Spend")[0], Is.EqualTo(12.25));
            Assert.That(frame.Columns.GetNumeric("Visits")[0], Is.EqualTo(3));
            Assert.That(frame.Columns.GetNumeric("Score")[0], Is.EqualTo(0.5));
            Assert.That(frame.Columns.GetCategorical("Name")[0], Is.EqualTo("Ann"));
            Assert.That(frame.Columns.GetCategorical("Tier")[0], Is.EqualTo("Gold"));
            Assert.That(frame.Columns.GetCategorical("Active")[0], Is.EqualTo("True"));
            Assert.That(frame.Columns.GetCategorical("Active")[1], Is.EqualTo("False"));
            Assert.That(frame.Columns.GetDate("Joined")[0], Is.EqualTo(new DateTime(2012, 9, 4)));
            Assert.That(frame.Columns.GetDate("Birthday")[0], Is.EqualTo(new DateTime(1990, 1, 2)));
            Assert.That(frame.Columns.GetDate("LastSeen")[0], Is.EqualTo(new DateTime(2024, 1, 1, 10, 0, 0)));
        });
    }

    [Test]
    public void Null_values_are_missing()
    {
        var frame = DataFrame.FromRows(Customers());

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["Name"].IsMissing(1), Is.True);
            Assert.That(frame.Columns["Income"].IsMissing(1), Is.True);
            Assert.That(frame.Columns["Joined"].IsMissing(1), Is.True);
            Assert.That(frame.Columns["Spend"].IsMissing(1), Is.False);
        });
    }

    [Test]
    public void Anonymous_types_work()
    {
        var frame = DataFrame.FromRows(new[] { new { Age = 19, Gender = "Male" }, new { Age = 21, Gender = "Female" } });

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Age", "Gender" }));
        Assert.That(frame.Rows.Count, Is.EqualTo(2));
    }

    [Test]
    public void No_rows_give_typed_empty_columns()
    {
        var frame = DataFrame.FromRows(Array.Empty<Customer>());

        Assert.That(frame.Rows.Count, Is.Zero);
        Assert.That(frame.Columns["Joined"].Kind, Is.EqualTo(ColumnKind.Date));
    }

    [Test]
    public void A_null_row_is_an_argument_error_naming_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => DataFrame.FromRows(new Customer?[] { Customers()[0], null }))!;

        Assert.That(error.Message, Does.StartWith("rows[1] is null; every row must be an object."));
    }

    [Test]
    public void A_property_without_a_column_kind_is_an_argument_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => DataFrame.FromRows(new[] { new Unsupported(1, []) }))!;

        Assert.That(error.Message, Does.StartWith(
            "Property 'Orders' of Unsupported has type List`1, which has no column kind; use numbers, text, bool, enums, Guid, DateTime, DateOnly or DateTimeOffset."));
    }
}
