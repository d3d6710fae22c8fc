using System.Net;
using System.Net.Sockets;
using System.Text;
using FluentAssertions;
using FollowUpRules.Json;
using NodaTime;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>The service on a real Kestrel on a loopback port: what the in-memory server cannot show (sockets, HTTP/1.1 framing, chunked uploads).</summary>
public sealed class KestrelTests : IClassFixture<LoopbackServer>
{
    private readonly LoopbackServer _server;

    public KestrelTests(LoopbackServer server) => _server = server;

    [Fact]
    public async Task Decide_OverLoopbackKestrel_AnswersTheLibrarysDecision()
    {
        using var client = _server.CreateClient();
        var json = Repository.Example("first-follow-up.json");

        var text = await (await client.PostJson("v1/decide?now=2026-03-10T09:00:00Z", json)).Ok();

        FollowUpJson.ReadDecision(text).Should().Be(FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(json), Instant.FromUtc(2026, 3, 10, 9, 0)));
    }

    [Fact]
    public async Task Decide_ChunkedUploadOverTheLimit_Answers413AndTheServerStaysHealthy()
    {
        using var client = _server.CreateClient();
        var content = new StreamContent(new MemoryStream(new byte[1024 * 1024]));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "v1/decide") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        await response.Problem(HttpStatusCode.RequestEntityTooLarge);
        await (await client.Get("health")).Ok();
    }

    [Fact]
    public async Task Decide_UploadBrokenOff_NeverA5xxAndTheServerStaysHealthy()
    {
        // A raw HTTP/1.1 request that promises 500 bytes, sends 10 and closes its side: Kestrel sees the
        // client gone, so there may be no answer at all, but never a server error.
        using var socket = new TcpClient();
        await socket.ConnectAsync(_server.Address.Host, _server.Address.Port, TestContext.Current.CancellationToken);
        var stream = socket.GetStream();
        var head = "POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 500\r\nConnection: close\r\n\r\n{\"a\": 1}  ";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), TestContext.Current.CancellationToken);
        socket.Client.Shutdown(SocketShutdown.Send);

        string answer;
        try
        {
            using var reader = new StreamReader(stream);
            answer = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);
        }
        catch (IOException)
        {
            answer = string.Empty; // the server reset the connection: no answer, which is allowed
        }

        answer.Should().NotStartWith("HTTP/1.1 5");
        using var client = _server.CreateClient();
        await (await client.Get("health")).Ok();
    }
}
