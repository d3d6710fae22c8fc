using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using FollowUpRules;
using FollowUpRules.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A bounded load test of the FollowUpRules service on loopback, in two processes:
//   serve CASE.json        hosts the service and POST /echo on a free loopback port, and prints
//                          "listening on URL". /echo is the HTTP floor: it reads the request body and
//                          answers with a JSON document exactly as large as /v1/decide's answer for the
//                          same case, without any of the engine's work.
//   run URL CASE [options] drives it: for each number of connections, the same fixed number of
//                          requests to /echo and to /v1/decide, stopping early at a time limit
// Options of run: --connections 1,8,32  --requests 20000  --max-seconds 30  --warmup 2000
// It prints one line per measurement and a Markdown table; the exit code is 1 when any request failed.
return args.FirstOrDefault() switch
{
    "serve" when args.Length == 2 => await Serve(await File.ReadAllBytesAsync(args[1])),
    "run" when args.Length >= 3 => await Run(new Uri(args[1]), await File.ReadAllBytesAsync(args[2]), Options.Parse(args[3..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FollowUpRules.LoadTest serve CASE.json | run URL CASE.json [--connections 1,8,32] [--requests N] [--max-seconds S] [--warmup N]");
    return 2;
}

static async Task<int> Serve(byte[] followUpCase)
{
    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Services.AddFollowUpRulesService();
    await using var app = builder.Build();
    app.MapFollowUpRules();

    // The echo's answer: the decision the service gives for this case, rendered once, so both
    // endpoints move the same bytes and differ only by the engine's reading, deciding and writing.
    var action = FollowUpPolicy.Default.Decide(FollowUpJson.ReadCase(followUpCase), DecidedAt);
    var answer = Encoding.UTF8.GetBytes(FollowUpJson.WriteDecision(action, DecidedAt, FollowUpPolicy.Default.Script(FollowUpJson.ReadCase(followUpCase), action)));
    app.MapPost("/echo", async (HttpContext context) =>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength = answer.Length;
        await context.Response.Body.WriteAsync(answer, context.RequestAborted);
    });
    await app.StartAsync();
    Console.WriteLine("listening on " + app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    await app.WaitForShutdownAsync();
    return 0;
}

static async Task<int> Run(Uri server, byte[] followUpCase, Options options)
{
    var targets = new (string Name, string Path)[]
    {
        ("echo", "echo"),
        ("decide", "v1/decide?now=" + DecidedAt),
    };
    var results = new List<Measurement>();
    var failed = false;
    foreach (var connections in options.Connections)
    {
        foreach (var (name, path) in targets)
        {
            var target = new Uri(server, path);
            await Measure(target, followUpCase, connections, options.Warmup, TimeSpan.FromSeconds(options.MaxSeconds));
            var result = await Measure(target, followUpCase, connections, options.Requests, TimeSpan.FromSeconds(options.MaxSeconds));
            results.Add(result with { Name = name });
            failed |= result.Errors > 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-7} {connections,2} connections: {result.Completed} requests in {result.Elapsed.TotalSeconds:F2} s, {result.PerSecond:F0}/s, p50 {result.P50:F2} ms, p99 {result.P99:F2} ms, {result.Errors} errors, {result.Bytes} bytes per answer"));
        }
    }

    Console.WriteLine();
    Console.WriteLine("| Connections | Echo req/s | Echo p50 | Echo p99 | Decide req/s | Decide p50 | Decide p99 | Decide / echo | Errors |");
    Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    foreach (var connections in options.Connections)
    {
        var echo = results.Single(r => r.Name == "echo" && r.Connections == connections);
        var decide = results.Single(r => r.Name == "decide" && r.Connections == connections);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {connections} | {echo.PerSecond:N0} | {echo.P50:F2} ms | {echo.P99:F2} ms | {decide.PerSecond:N0} | {decide.P50:F2} ms | {decide.P99:F2} ms | {decide.PerSecond / echo.PerSecond:P0} | {echo.Errors + decide.Errors} |"));
    }

    return failed ? 1 : 0;
}

static async Task<Measurement> Measure(Uri target, byte[] body, int connections, int requests, TimeSpan limit)
{
    var claimed = 0;
    var errors = 0;
    long bytes = 0;
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, connections).Select(async _ =>
    {
        // One client per connection, each holding exactly one keep-alive connection.
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseProxy = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var latencies = new List<double>(requests / connections + 1);
        while (clock.Elapsed < limit && Interlocked.Increment(ref claimed) <= requests)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var response = await client.PostAsync(target, content);
                var answer = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK || answer.Length == 0)
                {
                    Interlocked.Increment(ref errors);
                }

                Interlocked.Exchange(ref bytes, answer.Length);
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }).ToList();
    var all = (await Task.WhenAll(workers)).SelectMany(l => l).ToArray();
    clock.Stop();
    Array.Sort(all);
    return new Measurement(string.Empty, connections, all.Length, clock.Elapsed, all.Length / clock.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), errors, bytes);
}

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

internal static partial class Program
{
    /// <summary>The "now" of every decision: fixed, so every answer is the same.</summary>
    private static readonly NodaTime.Instant DecidedAt = NodaTime.Instant.FromUtc(2026, 3, 10, 9, 0);
}

internal sealed record Measurement(string Name, int Connections, int Completed, TimeSpan Elapsed, double PerSecond, double P50, double P99, int Errors, long Bytes);

internal sealed record Options(int[] Connections, int Requests, int MaxSeconds, int Warmup)
{
    public static Options Parse(string[] args)
    {
        var options = new Options([1, 8, 32], 20_000, 30, 2_000);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--connections" => options with { Connections = args[i + 1].Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() },
                "--requests" => options with { Requests = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--max-seconds" => options with { MaxSeconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException("unknown option " + args[i]),
            };
        }

        return options;
    }
}
