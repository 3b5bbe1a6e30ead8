using System.Reflection;
using BenchmarkDotNet.Attributes;
using Segmentation.Benchmarks;

namespace Segmentation.Tests.Benchmarks;

/// <summary>
/// Runs every benchmark method once, directly, with the smallest value of each [Params], so that no benchmark rots:
/// a renamed member or a broken setup fails here instead of at the next benchmark run.
/// </summary>
public sealed class BenchmarkDryRunTests
{
    public static IEnumerable<TestCaseData> BenchmarkMethods() =>
        typeof(KMeansFitBenchmarks).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract)
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Select(m => new TestCaseData(m.DeclaringType!, m.Name).SetName($"{m.DeclaringType!.Name}.{m.Name} runs once"));

    [TestCaseSource(nameof(BenchmarkMethods))]
    public void Benchmark_runs_once_with_its_smallest_parameters(Type type, string methodName)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var property in type.GetProperties())
        {
            var values = property.GetCustomAttribute<ParamsAttribute>()?.Values;
            if (values is { Length: > 0 })
            {
                property.SetValue(instance, values.Min());
            }
        }

        Invoke<GlobalSetupAttribute>(type, instance);
        var result = type.GetMethod(methodName)!.Invoke(instance, null);
        Invoke<GlobalCleanupAttribute>(type, instance);

        Assert.That(result, Is.Not.Null, $"{type.Name}.{methodName} returns its result so the work is not optimised away");
    }

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            method.Invoke(instance, null);
        }
    }
}
