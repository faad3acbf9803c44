namespace Binance.WsApi.Emulator.Handlers;

/// <summary>A group of related methods (general, session, account, …); each group is one class registered at start.</summary>
internal interface IMethodGroup
{
    IEnumerable<MethodDefinition> GetMethods();
}
