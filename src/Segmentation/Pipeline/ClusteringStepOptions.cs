namespace Segmentation.Pipeline;

/// <summary>
/// The clustering step that ends a <see cref="SegmentationPipeline"/>: <see cref="KMeansStepOptions"/>,
/// <see cref="GaussianMixtureStepOptions"/> or <see cref="KPrototypesStepOptions"/>.
/// </summary>
public abstract record ClusteringStepOptions
{
    private protected ClusteringStepOptions()
    {
    }

    /// <summary>Gets the algorithm the step runs.</summary>
    public abstract SegmentationAlgorithm Algorithm { get; }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range; the message quotes it.</exception>
    /// <exception cref="ArgumentException">A setting is malformed.</exception>
    public abstract void Validate();
}
