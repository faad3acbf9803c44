using System.Globalization;

namespace Binance.WsApi;

internal enum ParameterKind : byte
{
    String,
    Integer,
    Decimal,
    Boolean,
    StringArray,

    /// <summary>A decimal written as a bare JSON number (only <c>recvWindow</c> with microsecond precision).</summary>
    DecimalNumber,
}

/// <summary>One request parameter with its JSON type; a struct so a parameter set is one array.</summary>
internal readonly record struct ParameterEntry(string Name, ParameterKind Kind, string? Text, long Integer, decimal Decimal, string[]? Array)
{
    public object BoxedValue() => Kind switch
    {
        ParameterKind.String => Text!,
        ParameterKind.Integer => Integer,
        ParameterKind.Decimal or ParameterKind.DecimalNumber => Decimal,
        ParameterKind.Boolean => Integer != 0,
        ParameterKind.StringArray => Array!,
        _ => throw new InvalidOperationException(),
    };

    public override string ToString() => $"{Name}={Convert.ToString(BoxedValue(), CultureInfo.InvariantCulture)}";
}
