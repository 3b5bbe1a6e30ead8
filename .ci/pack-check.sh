#!/usr/bin/env bash
# Packaging check: packs Segmentation, Segmentation.Plots and Segmentation.Cli into a temporary local feed, checks
# what each package holds (readme, license, XML docs, symbols, repository metadata), restores a fresh console app
# whose Segmentation packages can only come from that feed and runs it, then installs the `segment` tool from the
# feed and runs `segment analyze` on a synthetic CSV. Prints "pack-check: OK" or "pack-check: FAILED: <why>".
set -uo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

work=$(mktemp -d "${TMPDIR:-/tmp}/pack-check.XXXXXX")
# A version of its own, so no package cached by an earlier run can stand in for the ones packed now.
version="0.1.0-packcheck.$(date +%Y%m%d%H%M%S)"
packages_root="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work"
  for id in segmentation segmentation.plots segmentation.cli; do rm -rf "$packages_root/$id/$version"; done
}
trap cleanup EXIT

fail() { echo "pack-check: FAILED: $*"; exit 1; }
step() { echo "pack-check: $*"; }

feed="$work/feed"
mkdir -p "$feed"

# 1. Build once (the tool's build builds the other two), then pack each without building again.
props=(-c Release -p:Version="$version" -p:ContinuousIntegrationBuild=true)
step "building $version"
dotnet build src/Segmentation.Cli/Segmentation.Cli.csproj "${props[@]}" >"$work/build.log" 2>&1 \
  || { tail -30 "$work/build.log"; fail "dotnet build src/Segmentation.Cli"; }
for project in Segmentation Segmentation.Plots Segmentation.Cli; do
  step "packing $project"
  dotnet pack "src/$project/$project.csproj" "${props[@]}" --no-build -o "$feed" >"$work/pack-$project.log" 2>&1 \
    || { tail -30 "$work/pack-$project.log"; fail "dotnet pack src/$project"; }
done

# 2. Check each package's contents.
check_package() {
  local id=$1; shift
  local nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] || fail "$id.$version.nupkg was not produced"
  [ -f "$feed/$id.$version.snupkg" ] || fail "$id.$version.snupkg (symbols) was not produced"
  local listing; listing=$(unzip -Z1 "$nupkg")
  for entry in README.md LICENSE "$id.nuspec" "$@"; do
    grep -qxF "$entry" <<<"$listing" || fail "$id: $entry is missing from the package (has: $(tr '\n' ' ' <<<"$listing"))"
  done
  local nuspec; nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  for field in '<readme>README.md</readme>' '<license type="expression">MIT</license>' '<repository type="git" url="' \
               '<projectUrl>' '<description>' '<authors>'; do
    grep -qF "$field" <<<"$nuspec" || fail "$id.nuspec lacks $field"
  done
  unzip -Z1 "$feed/$id.$version.snupkg" | grep -q '\.pdb$' || fail "$id.$version.snupkg holds no .pdb"
}
check_package Segmentation lib/net10.0/Segmentation.dll lib/net10.0/Segmentation.xml
check_package Segmentation.Plots lib/net10.0/Segmentation.Plots.dll lib/net10.0/Segmentation.Plots.xml
check_package Segmentation.Cli tools/net10.0/any/segment.dll tools/net10.0/any/DotnetToolSettings.xml
unzip -p "$feed/Segmentation.Cli.$version.nupkg" Segmentation.Cli.nuspec | grep -q '<packageType name="DotnetTool"' \
  || fail "Segmentation.Cli is not a .NET tool package"
step "packages hold readme, license, XML docs, symbols and repository metadata"

# 3. A fresh consumer app: Segmentation* only from the local feed (package source mapping), the rest from the usual source.
upstream=$(dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ { print $2; exit }')
upstream=${upstream:-https://api.nuget.org/v3/index.json}
consumer="$work/consumer"
mkdir -p "$consumer"
cat >"$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$feed" />
    <add key="upstream" value="$upstream" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="Segmentation" />
      <package pattern="Segmentation.*" />
    </packageSource>
    <packageSource key="upstream">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
cat >"$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Segmentation" Version="$version" />
    <PackageReference Include="Segmentation.Plots" Version="$version" />
  </ItemGroup>
</Project>
XML
cat >"$consumer/Program.cs" <<'CS'
using Segmentation.Pipeline;
using Segmentation.Synthetic;

var customers = SyntheticCustomers.Mall();
var result = SegmentationPipeline.Create()
    .SelectFeatures("Annual Income (k$)", "Spending Score (1-100)")
    .KMeans(minClusters: 2, maxClusters: 8)
    .Fit(customers);
Console.WriteLine($"consumer: {result.ChosenClusterCount} segments");
foreach (var line in result.Segments.ToSummaryLines())
{
    Console.WriteLine(line);
}
CS
step "restoring and running a fresh consumer app from the local feed"
(cd "$consumer" && dotnet run -c Release >"$work/consumer.log" 2>&1) || { tail -30 "$work/consumer.log"; fail "the consumer app did not build or run"; }
grep -q '^consumer: [0-9]* segments' "$work/consumer.log" || { cat "$work/consumer.log"; fail "the consumer app printed no segments"; }
for id in segmentation segmentation.plots; do
  metadata="$packages_root/$id/$version/.nupkg.metadata"
  [ -f "$metadata" ] || fail "$id $version was not restored into $packages_root"
  grep -qF "$feed" "$metadata" || fail "$id $version did not come from the local feed ($(cat "$metadata"))"
done
sed -n '1,8p' "$work/consumer.log"

# 4. The tool, installed from the local feed.
step "installing the segment tool from the local feed"
(cd "$work" && dotnet tool install --tool-path "$work/tools" --add-source "$feed" Segmentation.Cli --version "$version") \
  >"$work/tool.log" 2>&1 || { cat "$work/tool.log"; fail "dotnet tool install Segmentation.Cli"; }
cat >"$work/customers.csv" <<CSV
CustomerID,Income,Spending
1,15,39
2,16,81
3,17,6
4,18,77
5,19,40
6,60,50
7,62,48
8,61,55
9,63,47
10,64,52
11,90,12
12,91,88
13,92,15
14,93,90
15,95,20
16,97,85
CSV
"$work/tools/segment" analyze "$work/customers.csv" --k 2..4 --out "$work/segments-out" --json >"$work/analyze.json" 2>"$work/analyze.err" \
  || { cat "$work/analyze.err"; fail "segment analyze exited with $?"; }
grep -q '"k": ' "$work/analyze.json" || { cat "$work/analyze.json"; fail "segment analyze printed no summary"; }
[ -f "$work/segments-out/segments.csv" ] || fail "segment analyze wrote no segments.csv"
step "segment analyze: $(grep -o '"reason": "[^"]*"' "$work/analyze.json" | head -1)"

echo "pack-check: OK ($version: Segmentation, Segmentation.Plots, Segmentation.Cli)"
