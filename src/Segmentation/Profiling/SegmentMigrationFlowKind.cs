namespace Segmentation.Profiling;

/// <summary>What happened to the customers of one migration flow between two snapshots.</summary>
public enum SegmentMigrationFlowKind
{
    /// <summary>In both snapshots, in the same segment.</summary>
    Stayed,

    /// <summary>In both snapshots, in different segments.</summary>
    Moved,

    /// <summary>Only in the later snapshot.</summary>
    New,

    /// <summary>Only in the earlier snapshot.</summary>
    Lost,
}
