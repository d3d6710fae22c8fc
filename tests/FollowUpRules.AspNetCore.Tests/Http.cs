using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FluentAssertions;

namespace FollowUpRules.AspNetCore.Tests;

/// <summary>Requests and the checks every answer shares.</summary>
internal static class Http
{
    public static Task<HttpResponseMessage> PostJson(this HttpClient client, string url, string json) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> PostBytes(this HttpClient client, string url, byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        return client.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> Get(this HttpClient client, string url) =>
        client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Asserts a 200 JSON answer and returns its text.</summary>
    public static async Task<string> Ok(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        return text;
    }

    /// <summary>Asserts an RFC 9457 problem with the status, and returns its document.</summary>
    public static async Task<JsonElement> Problem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(status, text);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement.Clone();
        root.GetProperty("status").GetInt32().Should().Be((int)status);
        root.GetProperty("type").GetString().Should().StartWith("urn:followuprules:problem:");
        root.GetProperty("title").GetString().Should().NotBeNullOrWhiteSpace();
        root.GetProperty("detail").GetString().Should().NotBeNullOrWhiteSpace();
        root.GetProperty("problems").GetArrayLength().Should().BeGreaterThan(0);
        return root;
    }

    /// <summary>The problems of a problem document as (path, value, message).</summary>
    public static List<(string Path, string? Value, string Message)> Items(this JsonElement problem) =>
        problem.GetProperty("problems").EnumerateArray()
            .Select(p => (p.GetProperty("path").GetString()!, p.GetProperty("value").GetString(), p.GetProperty("message").GetString()!))
            .ToList();
}
