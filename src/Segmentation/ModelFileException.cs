namespace Segmentation;

/// <summary>
/// A saved model could not be loaded: the file is truncated, corrupted (its checksum does not match),
/// not a model at all, or written by an unsupported format version. A model is never loaded half-way.
/// </summary>
public sealed class ModelFileException : SegmentationException
{
    /// <summary>Creates an exception with no message.</summary>
    public ModelFileException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public ModelFileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    /// <param name="message">What is wrong with the file.</param>
    /// <param name="innerException">The cause.</param>
    public ModelFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
