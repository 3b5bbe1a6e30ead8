using System.Text;
using Segmentation.Persistence;

namespace Segmentation.Tests.Persistence;

public class ModelFileTests
{
    private sealed record Payload(string Name, double[] Values);

    private static byte[] Saved(Payload payload)
    {
        using var stream = new MemoryStream();
        ModelFile.Write(stream, payload);
        return stream.ToArray();
    }

    private static Payload Load(byte[] bytes) => ModelFile.Read<Payload>(new MemoryStream(bytes), "model.json");

    [Test]
    public void A_saved_payload_loads_back_equal()
    {
        var loaded = Load(Saved(new Payload("mall", [1.5, -0.25, 1e-300])));

        Assert.That(loaded.Name, Is.EqualTo("mall"));
        Assert.That(loaded.Values, Is.EqualTo(new[] { 1.5, -0.25, 1e-300 }));
    }

    [Test]
    public void A_truncated_file_is_refused()
    {
        var bytes = Saved(new Payload("mall", [1, 2, 3]));

        var error = Assert.Throws<ModelFileException>(() => Load(bytes[..(bytes.Length / 2)]));

        Assert.That(error!.Message, Does.StartWith("'model.json' is not a Segmentation model: it is truncated or is not JSON"));
    }

    [Test]
    public void A_changed_payload_value_fails_the_checksum()
    {
        var text = Encoding.UTF8.GetString(Saved(new Payload("mall", [1, 2, 3])));
        var tampered = Encoding.UTF8.GetBytes(text.Replace("[1,2,3]", "[1,2,4]", StringComparison.Ordinal));

        var error = Assert.Throws<ModelFileException>(() => Load(tampered));

        Assert.That(error!.Message, Does.StartWith("'model.json' is corrupted: its payload checksum is sha256:"));
    }

    [Test]
    public void Every_single_bit_flip_is_refused_or_loads_the_identical_model()
    {
        var original = new Payload("mall", [1, 2, 3]);
        var bytes = Saved(original);
        for (var index = 0; index < bytes.Length; index++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var flipped = (byte[])bytes.Clone();
                flipped[index] ^= (byte)(1 << bit);
                try
                {
                    var loaded = Load(flipped);
                    Assert.That(loaded.Name, Is.EqualTo(original.Name), $"byte {index} bit {bit}");
                    Assert.That(loaded.Values, Is.EqualTo(original.Values), $"byte {index} bit {bit}");
                }
                catch (ModelFileException)
                {
                    // Refused with the library's typed error: the expected outcome for almost every flip.
                }
            }
        }
    }

    [Test]
    public void A_newer_format_version_is_refused_with_both_versions_named()
    {
        var text = Encoding.UTF8.GetString(Saved(new Payload("mall", [1])));
        var newer = Encoding.UTF8.GetBytes(text.Replace("\"formatVersion\":1", "\"formatVersion\":7", StringComparison.Ordinal));

        var error = Assert.Throws<ModelFileException>(() => Load(newer));

        Assert.That(error!.Message, Is.EqualTo(
            "'model.json' has formatVersion=7; this library reads formatVersion=1. It was written by a newer version of Segmentation."));
    }

    [Test]
    public void A_json_file_that_is_not_a_model_is_refused()
    {
        var error = Assert.Throws<ModelFileException>(() => Load(Encoding.UTF8.GetBytes("{\"name\":\"mall\"}")));

        Assert.That(error!.Message, Is.EqualTo("'model.json' is not a Segmentation model: its \"format\" is not \"Segmentation.Model\"."));
    }

    [Test]
    public void An_empty_file_is_refused()
    {
        Assert.Throws<ModelFileException>(() => Load([]));
    }
}
