using Microsoft.Data.Sqlite;
using Segmentation.Data;

/// <summary>Creates the sample's <c>customers</c> table from a mall-shaped frame (synthetic or the real CSV).</summary>
internal static class DemoDatabase
{
    public static void CreateCustomers(SqliteConnection connection, DataFrame mall)
    {
        using var transaction = connection.BeginTransaction();
        using (var create = new SqliteCommand(
            "CREATE TABLE customers (CustomerID INTEGER PRIMARY KEY, Gender TEXT, Age INTEGER, Income REAL, Spending REAL)",
            connection, transaction))
        {
            create.ExecuteNonQuery();
        }

        using var insert = new SqliteCommand("INSERT INTO customers VALUES ($id, $gender, $age, $income, $spending)", connection, transaction);
        var ids = mall.Columns.GetNumeric("CustomerID");
        var genders = mall.Columns.GetCategorical("Gender");
        var ages = mall.Columns.GetNumeric("Age");
        var incomes = mall.Columns.GetNumeric("Annual Income (k$)");
        var spending = mall.Columns.GetNumeric("Spending Score (1-100)");
        for (var row = 0; row < mall.Rows.Count; row++)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$id", (long)ids[row]);
            insert.Parameters.AddWithValue("$gender", (object?)genders[row] ?? DBNull.Value);
            insert.Parameters.AddWithValue("$age", (long)ages[row]);
            insert.Parameters.AddWithValue("$income", incomes[row]);
            insert.Parameters.AddWithValue("$spending", spending[row]);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
