// Reads customers from a SQLite database, segments them, and writes each customer's segment back into a table.
// Usage: dotnet run --project samples/SqliteRoundTrip [path/to/mall_customers.csv] [path/to/database.db]
// Without a CSV it fills the database with built-in synthetic mall customers.
using Microsoft.Data.Sqlite;
using Segmentation.Data;
using Segmentation.Pipeline;
using Segmentation.Synthetic;

var source = args.Length > 0 ? DataFrame.LoadCsv(args[0]) : SyntheticCustomers.Mall();
var databasePath = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "segmentation-sqlite-sample.db");
File.Delete(databasePath);
using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
connection.Open();
DemoDatabase.CreateCustomers(connection, source);   // stands in for the database you already have

// 1. Read the customers with a query.
DataFrame customers;
using (var query = new SqliteCommand("SELECT CustomerID, Age, Income, Spending FROM customers", connection))
using (var reader = query.ExecuteReader())
{
    customers = DataFrame.FromDataReader(reader);
}

// 2. Segment them.
var result = SegmentationPipeline.Create()
    .WithIdColumn("CustomerID")
    .SelectFeatures("Income", "Spending")
    .KMeans(clusterCount: 5)
    .Fit(customers);

// 3. Write each customer's segment back, in one transaction.
using (var transaction = connection.BeginTransaction())
{
    using var create = new SqliteCommand(
        "CREATE TABLE customer_segments (CustomerID INTEGER PRIMARY KEY, Segment INTEGER NOT NULL, SegmentName TEXT NOT NULL)",
        connection, transaction);
    create.ExecuteNonQuery();
    using var insert = new SqliteCommand("INSERT INTO customer_segments VALUES ($id, $segment, $name)", connection, transaction);
    var id = insert.Parameters.Add("$id", SqliteType.Integer);
    var segment = insert.Parameters.Add("$segment", SqliteType.Integer);
    var name = insert.Parameters.Add("$name", SqliteType.Text);
    var ids = customers.Columns.GetNumeric("CustomerID");
    for (var i = 0; i < result.Labels.Count; i++)
    {
        id.Value = (long)ids[result.TrainingRows[i]];
        segment.Value = result.Labels[i];
        name.Value = result.Segments[result.Labels[i]].Name;
        insert.ExecuteNonQuery();
    }

    transaction.Commit();
}

// 4. Use the segments in SQL.
using var summary = new SqliteCommand(
    """
    SELECT s.Segment, s.SegmentName, COUNT(*), ROUND(AVG(c.Income), 1), ROUND(AVG(c.Spending), 1)
    FROM customer_segments s JOIN customers c USING (CustomerID)
    GROUP BY s.Segment, s.SegmentName ORDER BY s.Segment
    """,
    connection);
using var rows = summary.ExecuteReader();
Console.WriteLine($"{"Segment",-8}{"Name",-36}{"Customers",10}{"Income",10}{"Spending",10}");
while (rows.Read())
{
    Console.WriteLine($"{rows.GetInt32(0),-8}{rows.GetString(1),-36}{rows.GetInt32(2),10}{rows.GetDouble(3),10}{rows.GetDouble(4),10}");
}

Console.WriteLine($"Segments written to table customer_segments in {databasePath}");
