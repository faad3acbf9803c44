global using Binance.WsApi.Models;
