namespace Binance.WsApi.Models;

/// <summary>The side rule of OPO and OPOCO lists (Binance's -1222 / -1223), checked before sending.</summary>
internal static class OpoRules
{
    public static void Check(OrderSide workingSide, OrderSide pendingSide)
    {
        if (workingSide != OrderSide.Buy)
        {
            throw new ArgumentException("The working order of an OPO list must be a BUY.", "Working.Side");
        }

        if (pendingSide != OrderSide.Sell)
        {
            throw new ArgumentException("The pending orders of an OPO list must be SELLs.", "PendingSide");
        }
    }
}
