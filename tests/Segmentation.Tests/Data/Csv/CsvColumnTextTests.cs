using Segmentation.Data.Csv;

namespace Segmentation.Tests.Data.Csv;

public class CsvColumnTextTests
{
    [Test]
    public void Cells_of_every_length_read_back_as_added_across_growth()
    {
        var cells = Enumerable.Range(0, 5000).Select(i => new string((char)('a' + (i % 26)), i % 41) + i).ToArray();
        using var column = new CsvColumnText();

        foreach (var cell in cells)
        {
            column.Add(cell);
        }

        Assert.That(column.Count, Is.EqualTo(cells.Length));
        Assert.That(Enumerable.Range(0, cells.Length).Select(i => column[i].ToString()), Is.EqualTo(cells));
    }

    [Test]
    public void Reserving_room_keeps_the_cells()
    {
        using var column = new CsvColumnText();
        column.Add("first");
        column.Add(string.Empty);

        column.Reserve(100_000, 1_000_000);
        column.Add("third");

        Assert.That(new[] { column[0].ToString(), column[1].ToString(), column[2].ToString() }, Is.EqualTo(new[] { "first", string.Empty, "third" }));
        Assert.That(column.CharacterCount, Is.EqualTo(10));
    }
}
