using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Segmentation.Persistence;

/// <summary>
/// The envelope every saved model is written in: versioned JSON whose payload carries a SHA-256 checksum, so that a
/// truncated, corrupted or foreign file is refused with a <see cref="ModelFileException"/> instead of loading as a
/// wrong model.
/// </summary>
/// <remarks>
/// Layout: <c>{"format":"Segmentation.Model","formatVersion":1,"checksum":"sha256:…","payload":{…}}</c>.
/// The checksum covers the payload's exact UTF-8 text as written (compact JSON), so whitespace inside it matters and
/// whitespace outside it does not.
/// </remarks>
internal static class ModelFile
{
    public const string FormatName = "Segmentation.Model";

    public const int CurrentFormatVersion = 1;

    private const string ChecksumPrefix = "sha256:";

    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
        RespectNullableAnnotations = true,
    };

    public static void Write<T>(Stream stream, T payload)
    {
        var payloadJson = JsonSerializer.Serialize(payload, SerializerOptions);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteNumber("formatVersion", CurrentFormatVersion);
        writer.WriteString("checksum", Checksum(payloadJson));
        writer.WritePropertyName("payload");
        writer.WriteRawValue(payloadJson, skipInputValidation: true);
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <exception cref="ModelFileException">The file is not a complete, intact model of a supported version.</exception>
    public static T Read<T>(Stream stream, string source)
    {
        var bytes = ReadAll(stream);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            throw new ModelFileException($"'{source}' is corrupted: it is not valid UTF-8 text.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException error)
        {
            throw new ModelFileException(
                $"'{source}' is not a Segmentation model: it is truncated or is not JSON ({error.Message}).", error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format)
                || format.ValueKind != JsonValueKind.String
                || format.GetString() != FormatName)
            {
                throw new ModelFileException($"'{source}' is not a Segmentation model: its \"format\" is not \"{FormatName}\".");
            }

            if (!root.TryGetProperty("formatVersion", out var versionElement) || !versionElement.TryGetInt32(out var version))
            {
                throw new ModelFileException($"'{source}' has no readable \"formatVersion\".");
            }

            if (version != CurrentFormatVersion)
            {
                throw new ModelFileException(
                    $"'{source}' has formatVersion={version}; this library reads formatVersion={CurrentFormatVersion}. "
                    + (version > CurrentFormatVersion ? "It was written by a newer version of Segmentation." : "Re-fit and save the model again."));
            }

            if (!root.TryGetProperty("checksum", out var checksum) || checksum.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("payload", out var payload))
            {
                throw new ModelFileException($"'{source}' lacks its \"checksum\" or \"payload\".");
            }

            var payloadJson = payload.GetRawText();
            var expected = checksum.GetString();
            var actual = Checksum(payloadJson);
            if (!string.Equals(expected, actual, StringComparison.Ordinal))
            {
                throw new ModelFileException(
                    $"'{source}' is corrupted: its payload checksum is {actual} but the file says {expected}.");
            }

            try
            {
                return JsonSerializer.Deserialize<T>(payloadJson, SerializerOptions)
                       ?? throw new ModelFileException($"'{source}' has an empty payload.");
            }
            catch (Exception error) when (error is JsonException or NotSupportedException)
            {
                // NotSupportedException: a polymorphic part without its "$step" (or other) type discriminator.
                throw new ModelFileException($"'{source}' has a payload this version cannot read ({error.Message}).", error);
            }
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string Checksum(string payloadJson) =>
        ChecksumPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(payloadJson)));
}
