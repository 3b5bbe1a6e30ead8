using Microsoft.Data.Sqlite;
using Segmentation.Data;

namespace Segmentation.Tests.Data;

public class FromDataReaderTests
{
    private SqliteConnection _connection = null!;

    [SetUp]
    public void CreateDatabase()
    {
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("""
            CREATE TABLE customers (
                id INTEGER PRIMARY KEY,
                gender TEXT,
                income REAL,
                score INTEGER,
                joined DATETIME,
                notes TEXT);
            INSERT INTO customers VALUES (1, 'Male', 15.5, 39, '2012-09-04', NULL);
            INSERT INTO customers VALUES (2, NULL, NULL, 81, '2013-01-31 08:26:00', NULL);
            INSERT INTO customers VALUES (3, 'Female', 16, NULL, NULL, NULL);
            """);
    }

    [TearDown]
    public void CloseDatabase() => _connection.Dispose();

    [Test]
    public void Sqlite_columns_map_to_numeric_categorical_and_date_columns()
    {
        var frame = Query("SELECT * FROM customers ORDER BY id");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "id", "gender", "income", "score", "joined", "notes" }));
            Assert.That(frame.Rows.Count, Is.EqualTo(3));
            Assert.That(frame.Columns.GetNumeric("id").Values.ToArray(), Is.EqualTo(new[] { 1.0, 2, 3 }));
            Assert.That(frame.Columns.GetCategorical("gender")[2], Is.EqualTo("Female"));
            Assert.That(frame.Columns.GetNumeric("income")[2], Is.EqualTo(16));
            Assert.That(frame.Columns.GetDate("joined")[1], Is.EqualTo(new DateTime(2013, 1, 31, 8, 26, 0)));
        });
    }

    [Test]
    public void Database_nulls_are_missing()
    {
        var frame = Query("SELECT * FROM customers ORDER BY id");

        Assert.Multiple(() =>
        {
            Assert.That(frame.Columns["gender"].IsMissing(1), Is.True);
            Assert.That(frame.Columns["income"].IsMissing(1), Is.True);
            Assert.That(frame.Columns["score"].IsMissing(2), Is.True);
            Assert.That(frame.Columns["joined"].IsMissing(2), Is.True);
            Assert.That(frame.Columns["notes"].MissingCount, Is.EqualTo(3));
        });
    }

    [Test]
    public void Computed_columns_take_their_names_from_the_query()
    {
        var frame = Query("SELECT gender AS \"Gender\", income * 2 AS \"Income (k$)\" FROM customers WHERE id = 1");

        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "Gender", "Income (k$)" }));
        Assert.That(frame.Columns.GetNumeric("Income (k$)")[0], Is.EqualTo(31));
    }

    [Test]
    public void Text_in_a_date_typed_column_that_is_not_a_date_stays_categorical()
    {
        Execute("UPDATE customers SET joined = 'soon' WHERE id = 3");

        var frame = Query("SELECT joined FROM customers ORDER BY id");

        Assert.That(frame.Columns["joined"].Kind, Is.EqualTo(ColumnKind.Categorical));
    }

    [Test]
    public void Binary_values_are_a_data_error_naming_column_and_row()
    {
        Execute("CREATE TABLE blobs (b BLOB); INSERT INTO blobs VALUES (x'01');");

        var error = Assert.Throws<SegmentationDataException>(() => Query("SELECT b FROM blobs"))!;

        Assert.That(error.Message, Is.EqualTo("Column 'b' row index 0 holds binary data, which has no column kind."));
    }

    [Test]
    public void An_empty_result_keeps_its_columns()
    {
        var frame = Query("SELECT id, gender FROM customers WHERE id > 100");

        Assert.That(frame.Rows.Count, Is.Zero);
        Assert.That(frame.Columns.Names, Is.EqualTo(new[] { "id", "gender" }));
    }

    private DataFrame Query(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        return DataFrame.FromDataReader(reader);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
