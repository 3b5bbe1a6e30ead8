using Segmentation.Clustering;

namespace Segmentation.Evaluation;

/// <summary>
/// Draws reference data sets for the gap statistic: uniform over the data's box, or over the box of the data's
/// principal-component scores rotated back (R's clusGap: centre, rotate by V of the SVD, draw in the score ranges,
/// rotate back with V', add the centre).
/// </summary>
internal sealed class ReferenceSampler
{
    private readonly int _rows;
    private readonly int _features;
    private readonly double[] _minimum;
    private readonly double[] _maximum;
    private readonly double[]? _rotation;
    private readonly double[]? _centre;

    public ReferenceSampler(DenseMatrix data, GapReference reference)
    {
        _rows = data.Rows;
        _features = data.Columns;
        var source = data;
        if (reference == GapReference.PrincipalComponentBox)
        {
            _centre = new double[_features];
            for (var row = 0; row < _rows; row++)
            {
                for (var f = 0; f < _features; f++)
                {
                    _centre[f] += data[row, f];
                }
            }

            for (var f = 0; f < _features; f++)
            {
                _centre[f] /= _rows;
            }

            _rotation = PrincipalAxes(data, _centre);
            source = Scores(data, _centre, _rotation);
        }

        _minimum = new double[_features];
        _maximum = new double[_features];
        Array.Fill(_minimum, double.PositiveInfinity);
        Array.Fill(_maximum, double.NegativeInfinity);
        for (var row = 0; row < _rows; row++)
        {
            var values = source.Row(row);
            for (var f = 0; f < _features; f++)
            {
                _minimum[f] = Math.Min(_minimum[f], values[f]);
                _maximum[f] = Math.Max(_maximum[f], values[f]);
            }
        }
    }

    public DenseMatrix Draw(Random random)
    {
        var values = new double[_rows * _features];
        for (var i = 0; i < values.Length; i++)
        {
            var f = i % _features;
            values[i] = _minimum[f] + (random.NextDouble() * (_maximum[f] - _minimum[f]));
        }

        if (_rotation is null || _centre is null)
        {
            return DenseMatrix.Wrap(values, _rows, _features);
        }

        var rotated = new double[values.Length];
        for (var row = 0; row < _rows; row++)
        {
            for (var f = 0; f < _features; f++)
            {
                var sum = _centre[f];
                for (var c = 0; c < _features; c++)
                {
                    sum += values[(row * _features) + c] * _rotation[(f * _features) + c];
                }

                rotated[(row * _features) + f] = sum;
            }
        }

        return DenseMatrix.Wrap(rotated, _rows, _features);
    }

    /// <summary>Scores = (X - centre) V, V[f, c] the f-th coordinate of axis c.</summary>
    private static DenseMatrix Scores(DenseMatrix data, double[] centre, double[] rotation)
    {
        var features = data.Columns;
        var scores = new double[data.Rows * features];
        for (var row = 0; row < data.Rows; row++)
        {
            for (var c = 0; c < features; c++)
            {
                var sum = 0.0;
                for (var f = 0; f < features; f++)
                {
                    sum += (data[row, f] - centre[f]) * rotation[(f * features) + c];
                }

                scores[(row * features) + c] = sum;
            }
        }

        return DenseMatrix.Wrap(scores, data.Rows, features);
    }

    /// <summary>Eigenvectors of the centred cross-product matrix (the SVD's V) by cyclic Jacobi rotations; d x d, column c = axis c.</summary>
    private static double[] PrincipalAxes(DenseMatrix data, double[] centre)
    {
        var d = data.Columns;
        var a = new double[d * d];
        for (var row = 0; row < data.Rows; row++)
        {
            for (var i = 0; i < d; i++)
            {
                var xi = data[row, i] - centre[i];
                for (var j = 0; j < d; j++)
                {
                    a[(i * d) + j] += xi * (data[row, j] - centre[j]);
                }
            }
        }

        var v = new double[d * d];
        for (var i = 0; i < d; i++)
        {
            v[(i * d) + i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < d; p++)
            {
                for (var q = p + 1; q < d; q++)
                {
                    off += a[(p * d) + q] * a[(p * d) + q];
                }
            }

            if (off < 1e-30)
            {
                break;
            }

            for (var p = 0; p < d; p++)
            {
                for (var q = p + 1; q < d; q++)
                {
                    var apq = a[(p * d) + q];
                    if (apq == 0)
                    {
                        continue;
                    }

                    var theta = (a[(q * d) + q] - a[(p * d) + p]) / (2 * apq);
                    var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    var c = 1 / Math.Sqrt((t * t) + 1);
                    var s = t * c;
                    for (var k = 0; k < d; k++)
                    {
                        var akp = a[(k * d) + p];
                        var akq = a[(k * d) + q];
                        a[(k * d) + p] = (c * akp) - (s * akq);
                        a[(k * d) + q] = (s * akp) + (c * akq);
                    }

                    for (var k = 0; k < d; k++)
                    {
                        var apk = a[(p * d) + k];
                        var aqk = a[(q * d) + k];
                        a[(p * d) + k] = (c * apk) - (s * aqk);
                        a[(q * d) + k] = (s * apk) + (c * aqk);
                    }

                    for (var k = 0; k < d; k++)
                    {
                        var vkp = v[(k * d) + p];
                        var vkq = v[(k * d) + q];
                        v[(k * d) + p] = (c * vkp) - (s * vkq);
                        v[(k * d) + q] = (s * vkp) + (c * vkq);
                    }
                }
            }
        }

        return v;
    }
}
