using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// The page's files, embedded in the assembly: <c>index.html</c>, its script and style, and the example
/// cases of docs/examples with an index of their names. Served with an ETag, a strict content security
/// policy (the page loads nothing from elsewhere and runs no inline code) and no sniffing.
/// </summary>
internal sealed class PageAssets
{
    private const string ResourcePrefix = "page/";

    /// <summary>The page may load its own files and call its own service, nothing else.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private readonly FrozenDictionary<string, Asset> _assets;

    private PageAssets(Dictionary<string, Asset> assets) => _assets = assets.ToFrozenDictionary(StringComparer.Ordinal);

    public static PageAssets Load()
    {
        var assembly = typeof(PageAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        var examples = new List<string>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var name = resource.Substring(ResourcePrefix.Length);
            assets.Add(name, Asset.Of(name, copy.ToArray()));
            if (name.StartsWith("examples/", StringComparison.Ordinal))
            {
                examples.Add(Path.GetFileNameWithoutExtension(name));
            }
        }

        var index = ResponseDocuments.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("examples");
            foreach (var example in examples)
            {
                writer.WriteStringValue(example);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        assets.Add("examples/index.json", Asset.Of("examples/index.json", index));
        return new PageAssets(assets);
    }

    /// <summary>Gets the names of the files served, for tests and for the OpenAPI description.</summary>
    public IEnumerable<string> Names => _assets.Keys;

    /// <summary>Serves <c>index.html</c> at the group's root, redirecting <c>/prefix</c> to <c>/prefix/</c> so the page's relative links resolve.</summary>
    public Task ServeIndex(HttpContext context)
    {
        var request = context.Request;
        var path = request.PathBase + request.Path;
        if (!path.HasValue || !path.Value!.EndsWith('/'))
        {
            context.Response.Redirect(path + "/" + request.QueryString);
            return Task.CompletedTask;
        }

        return Serve(context, "index.html");
    }

    /// <summary>Serves a file of the page, or a 404 problem.</summary>
    public Task Serve(HttpContext context, string name)
    {
        if (!_assets.TryGetValue(name, out var asset))
        {
            return ProblemResponse.WriteAsync(context, ServiceProblem.NotFound(ProblemTypes.NotFound, "No such file", "file", name, "the page has no file '" + name + "'"));
        }

        var response = context.Response;
        response.Headers.ETag = asset.ETag;
        response.Headers.CacheControl = "no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Headers.IfNoneMatch == asset.ETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        return response.Body.WriteAsync(asset.Content, context.RequestAborted).AsTask();
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag)
    {
        public static Asset Of(string name, byte[] content) => new(
            content,
            Path.GetExtension(name) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                ".json" => "application/json; charset=utf-8",
                _ => "application/octet-stream",
            },
            "\"" + Convert.ToHexString(SHA256.HashData(content), 0, 16).ToLowerInvariant() + "\"");
    }
}
