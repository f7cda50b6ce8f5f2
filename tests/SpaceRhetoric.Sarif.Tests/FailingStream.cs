namespace SpaceRhetoric.Sarif.Tests;

/// <summary>Passes writes through until <c>failAfterBytes</c> have been written, then throws like a full disk.</summary>
internal sealed class FailingStream(Stream inner, int failAfterBytes) : Stream
{
    private int _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        int allowed = Math.Max(0, Math.Min(buffer.Length, failAfterBytes - _written));
        inner.Write(buffer[..allowed]);
        _written += allowed;
        if (allowed < buffer.Length)
        {
            inner.Flush();
            throw new IOException("No space left on device.");
        }
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
