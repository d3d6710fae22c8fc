using System.Buffers;

namespace FollowUpRules.AspNetCore;

/// <summary>
/// The bytes of an answer: a document written for one request into a buffer rented from
/// <see cref="ArrayPool{T}.Shared"/>, given back once the answer is sent, or a document the service
/// keeps for every request (the profile and rule lists), which is never given back.
/// </summary>
/// <remarks>
/// A decision with its script is about 14 KB. Written into a growing stream and then copied out, each
/// request allocated and copied that size about three times over; a rented buffer of the right size
/// class is written once and reused by the next request.
/// </remarks>
internal readonly struct ResponseBody
{
    private readonly byte[] _bytes;
    private readonly int _length;
    private readonly bool _rented;

    private ResponseBody(byte[] bytes, int length, bool rented)
    {
        _bytes = bytes;
        _length = length;
        _rented = rented;
    }

    /// <summary>Gets the answer's bytes.</summary>
    public ReadOnlyMemory<byte> Memory => _bytes.AsMemory(0, _length);

    /// <summary>Gets the answer's length in bytes.</summary>
    public int Length => _length;

    /// <summary>A document kept for every request.</summary>
    public static implicit operator ResponseBody(byte[] kept) => new(kept, kept.Length, rented: false);

    /// <summary>Takes over what <paramref name="writer"/> wrote; the buffer goes back to the pool on <see cref="Release"/>.</summary>
    public static ResponseBody From(RentedBufferWriter writer) => new(writer.Detach(out var length), length, rented: true);

    /// <summary>Gives a rented buffer back to the pool; the body must not be used afterwards.</summary>
    public void Release()
    {
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
        }
    }
}

/// <summary>An <see cref="IBufferWriter{T}"/> over buffers rented from <see cref="ArrayPool{T}.Shared"/>, for one document.</summary>
internal sealed class RentedBufferWriter : IBufferWriter<byte>
{
    /// <summary>Large enough for a decision with its script in one rental, so the common answer is never copied to grow.</summary>
    private const int FirstSize = 16 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FirstSize);
    private int _written;

    /// <inheritdoc/>
    public void Advance(int count)
    {
        if (count < 0 || _written + count > _buffer.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "Advanced past the end of the buffer.");
        }

        _written += count;
    }

    /// <inheritdoc/>
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsMemory(_written);
    }

    /// <inheritdoc/>
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Hands the buffer and the length written over to the caller, who returns it to the pool.</summary>
    public byte[] Detach(out int length)
    {
        var buffer = _buffer;
        length = _written;
        _buffer = [];
        _written = 0;
        return buffer;
    }

    /// <summary>Gives the buffer back when writing failed before it was handed over.</summary>
    public void Abandon()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Ensure(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
