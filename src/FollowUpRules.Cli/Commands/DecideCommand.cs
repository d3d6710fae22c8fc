using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using FollowUpRules.Json;
using NodaTime;

namespace FollowUpRules.Cli;

/// <summary>
/// <c>followup decide [FILE|-]</c>: cases as JSON lines in, one result per line out in the same order:
/// the decision, or an error object with the input's line number and every problem. A bad line
/// never stops the rest. Lines are decided in parallel, a block at a time, and written in order.
/// </summary>
internal static class DecideCommand
{
    /// <summary>How much input is read at a time; every complete line in it is decided as one block.</summary>
    private const int BlockBytes = 1 << 20;

    public static Command Create(Terminal terminal)
    {
        var file = new Argument<string>("cases")
        {
            Description = "A file of cases, one JSON document per line (JSON lines); - or nothing reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => "-",
        };
        var profile = Inputs.Profile();
        var profileFile = Inputs.ProfileFile();
        var now = Inputs.Now();
        var command = new Command("decide", "Decide a stream of cases: one JSON case per input line, one JSON decision (or error) per output line, in the same order.")
        {
            file, profile, profileFile, now,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var policy = Inputs.Policy(result.GetValue(profile), result.GetValue(profileFile), terminal);
            var at = Inputs.Instant(result.GetValue(now), terminal.Clock);
            using var input = path == "-" ? null : Inputs.OpenRead(path);
            var output = terminal.OutputStream ?? new TextWriterStream(terminal.Output);
            var (lines, failed) = Run(policy, at, input ?? terminal.Input, output);
            output.Flush();
            if (failed > 0)
            {
                terminal.Error.WriteLine("followup decide: " + failed + " of " + lines + (lines == 1 ? " line was" : " lines were") + " not decided; their output lines are error objects.");
                return CliApp.InvalidInput;
            }

            return CliApp.Ok;
        });
        return command.WithExamples(
            "followup decide cases.jsonl --now 2026-03-10T09:00:00Z > decisions.jsonl",
            "ats-export | followup decide --profile rcr | ats-import");
    }

    /// <summary>Decides every line of <paramref name="input"/> into <paramref name="output"/>; returns how many lines there were and how many failed.</summary>
    public static (long Lines, long Failed) Run(IFollowUpPolicy policy, Instant now, Stream input, Stream output)
    {
        // Two blocks in flight: while one block's decisions are written out, the other block's lines
        // are decided, so writing (a serial step) overlaps deciding instead of leaving a core idle.
        var sets = new[] { new Block(policy, now), new Block(policy, now) };
        try
        {
            return Run(sets, input, output);
        }
        finally
        {
            foreach (var set in sets)
            {
                set.Dispose();
            }
        }
    }

    private static (long Lines, long Failed) Run(Block[] sets, Stream input, Stream output)
    {
        var buffer = new byte[BlockBytes];
        var lines = new List<(int Start, int Length)>();
        int filled = 0, lineNumber = 0, current = 0;
        long failed = 0;
        Task writing = Task.CompletedTask;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = input.Read(buffer, filled, buffer.Length - filled);
                var end = read == 0;
                var scanFrom = filled;
                filled += read;
                var start = 0;
                lines.Clear();
                for (var i = Array.IndexOf(buffer, (byte)'\n', scanFrom, filled - scanFrom); i >= 0; i = Array.IndexOf(buffer, (byte)'\n', i + 1, filled - i - 1))
                {
                    lines.Add((start, i - start));
                    start = i + 1;
                }

                if (end && start < filled)
                {
                    lines.Add((start, filled - start));
                    start = filled;
                }

                var block = sets[current];
                failed += block.Decide(buffer, lines, lineNumber);

                // The other block's output must be out before this one's, and before that block is reused.
                writing.GetAwaiter().GetResult();
                writing = lines.Count == 0 ? Task.CompletedTask : Task.Run(() => block.Write(output));
                current = 1 - current;
                lineNumber += lines.Count;
                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
                if (end)
                {
                    return (lineNumber, failed);
                }
            }
        }
        finally
        {
            // Output already decided is written even when reading fails, and a write error surfaces here.
            writing.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// One block of lines in flight: a worker per core, which take the block's lines in chunks of
    /// <see cref="ChunkLines"/> as they become free (so no core waits long for another at the end of a
    /// block), and the table of which worker holds each chunk's output, to write them in input order.
    /// </summary>
    private sealed class Block : IDisposable
    {
        private const int ChunkLines = 16;

        private readonly Worker[] _workers;
        private int[] _owner = new int[256];
        private int[] _from = new int[256];
        private int[] _length = new int[256];
        private int _chunks;
        private int _next;

        public Block(IFollowUpPolicy policy, Instant now)
        {
            _workers = new Worker[Environment.ProcessorCount];
            for (var w = 0; w < _workers.Length; w++)
            {
                _workers[w] = new Worker(policy, now);
            }
        }

        /// <summary>Decides the block's lines; returns how many failed.</summary>
        public long Decide(byte[] buffer, List<(int Start, int Length)> lines, int firstLine)
        {
            _chunks = (lines.Count + ChunkLines - 1) / ChunkLines;
            if (_chunks > _owner.Length)
            {
                _owner = new int[_chunks];
                _from = new int[_chunks];
                _length = new int[_chunks];
            }

            _next = -1;
            var used = Math.Min(_workers.Length, _chunks);
            if (used == 0)
            {
                return 0;
            }

            Parallel.For(0, used, new ParallelOptions { MaxDegreeOfParallelism = used }, w =>
            {
                var worker = _workers[w];
                worker.Clear();
                for (var chunk = Interlocked.Increment(ref _next); chunk < _chunks; chunk = Interlocked.Increment(ref _next))
                {
                    var from = worker.WrittenCount;
                    for (var n = chunk * ChunkLines; n < Math.Min(lines.Count, (chunk + 1) * ChunkLines); n++)
                    {
                        worker.Decide(buffer.AsMemory(lines[n].Start, lines[n].Length), firstLine + n + 1);
                    }

                    _owner[chunk] = w;
                    _from[chunk] = from;
                    _length[chunk] = worker.WrittenCount - from;
                }
            });

            long failed = 0;
            for (var w = 0; w < used; w++)
            {
                failed += _workers[w].Failed;
            }

            return failed;
        }

        /// <summary>Writes the decided lines in input order.</summary>
        public void Write(Stream output)
        {
            for (var chunk = 0; chunk < _chunks; chunk++)
            {
                output.Write(_workers[_owner[chunk]].Written.Slice(_from[chunk], _length[chunk]));
            }
        }

        public void Dispose()
        {
            foreach (var worker in _workers)
            {
                worker.Dispose();
            }
        }
    }

    private sealed class Worker : IDisposable
    {
        private static readonly JsonWriterOptions Compact = new() { Encoder = FollowUpJson.Encoder, SkipValidation = true };

        private readonly IFollowUpPolicy _policy;
        private readonly Instant _now;
        private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
        private readonly Utf8JsonWriter _writer;

        public Worker(IFollowUpPolicy policy, Instant now)
        {
            _policy = policy;
            _now = now;
            _writer = new Utf8JsonWriter(_buffer, Compact);
        }

        public ReadOnlySpan<byte> Written => _buffer.WrittenSpan;

        public int WrittenCount => _buffer.WrittenCount;

        public long Failed { get; private set; }

        public void Dispose() => _writer.Dispose();

        public void Clear()
        {
            // Not Clear(): the bytes are overwritten, and zeroing a block's megabytes of output cost time.
            _buffer.ResetWrittenCount();
            Failed = 0;
        }

        public void Decide(ReadOnlyMemory<byte> line, int number)
        {
            if (line.Length > 0 && line.Span[line.Length - 1] == (byte)'\r')
            {
                line = line.Slice(0, line.Length - 1);
            }

            _writer.Reset(_buffer);
            try
            {
                if (line.Span.Trim(" \t"u8).IsEmpty)
                {
                    throw new FollowUpJsonException("$", "an empty line; each line is one case");
                }

                var followUp = FollowUpJson.ReadCase(line);
                FollowUpJson.WriteDecision(_writer, _policy.Decide(followUp, _now), _now);
            }
            catch (FollowUpInputException problem)
            {
                Failed++;
                _writer.Reset(_buffer);
                CliApp.WriteError(_writer, source: null, problem.Problems, CliApp.InvalidInput, number);
            }

            _writer.Flush();
            _buffer.Write("\n"u8);
        }
    }

    /// <summary>Standard output as bytes when the tool writes through a text writer (in tests).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => writer.Write(Encoding.UTF8.GetString(buffer, offset, count));
    }
}
