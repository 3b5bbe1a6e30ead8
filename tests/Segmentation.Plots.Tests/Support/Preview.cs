namespace Segmentation.Plots.Tests.Support;

/// <summary>Writes charts under the test output folder (Preview/) so a person can look at them.</summary>
internal static class Preview
{
    public static string Folder => Path.Combine(TestContext.CurrentContext.WorkDirectory, "Preview");

    public static string Save(SvgChart chart, string name)
    {
        var path = Path.Combine(Folder, name + ".svg");
        chart.Save(path);
        return path;
    }
}
