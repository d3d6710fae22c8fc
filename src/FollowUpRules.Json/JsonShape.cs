using System.Text;
using System.Text.Json;

namespace FollowUpRules.Json;

/// <summary>Reads one JSON value of type <typeparamref name="T"/>, recording any problem at the reader's current path.</summary>
/// <returns><see langword="true"/> when the value was read; otherwise a problem was recorded.</returns>
internal delegate bool JsonValueReader<T>(JsonElement element, JsonReading reading, out T value);

/// <summary>How a field treats being left out and being <c>null</c>.</summary>
internal enum JsonFieldUse
{
    /// <summary>Must be present and not null.</summary>
    Required,

    /// <summary>May be left out or be null; either keeps the starting value.</summary>
    Optional,

    /// <summary>May be left out (keeping the starting value) but not be null: a profile setting that has no "none".</summary>
    NotNull,

    /// <summary>May be left out (keeping the starting value); null sets "none": a profile setting that can be switched off.</summary>
    Nullable,

    /// <summary>Accepted and not read: written for people (a window's local times) or carried alongside (a decision's script).</summary>
    Ignored,
}

/// <summary>
/// The fields of one kind of JSON object, as a table: each field's name, whether it is required, how
/// its value is read, and how it is set on the object being built (by a <c>with</c> expression on an
/// immutable record, starting from a seed). Adding a field to the format is one line here.
/// </summary>
/// <remarks>
/// Reading checks every field name before any value: unknown fields are reported as unknown (with
/// the fields allowed there), duplicates as duplicates, then each value is read; every problem is
/// recorded, none stops the rest, and a required field that is missing is reported once.
/// </remarks>
internal sealed class JsonShape<T>
{
    private readonly List<Field> _fields = [];
    private readonly List<Func<T, JsonReading, T>> _checks = [];
    private string? _names;

    /// <summary>Gets the names of the fields, in order, for messages and the schemas' tests.</summary>
    public IEnumerable<string> Names => _fields.Select(f => f.Name);

    /// <summary>Gets the names of the required fields.</summary>
    public IEnumerable<string> RequiredNames => _fields.Where(f => f.Use == JsonFieldUse.Required).Select(f => f.Name);

    private string NameList => _names ??= string.Join(", ", _fields.Where(f => f.Listed).Select(f => f.Name));

    public JsonShape<T> Required<TValue>(string name, JsonValueReader<TValue> value, Func<T, TValue, T> set) =>
        Add(name, JsonFieldUse.Required, value, set);

    public JsonShape<T> Optional<TValue>(string name, JsonValueReader<TValue> value, Func<T, TValue, T> set) =>
        Add(name, JsonFieldUse.Optional, value, set);

    public JsonShape<T> NotNull<TValue>(string name, JsonValueReader<TValue> value, Func<T, TValue, T> set) =>
        Add(name, JsonFieldUse.NotNull, value, set);

    public JsonShape<T> Nullable<TValue>(string name, JsonValueReader<TValue> value, Func<T, TValue?, T> set)
        where TValue : class =>
        Add(name, JsonFieldUse.Nullable, value, (t, v) => set(t, v), t => set(t, null));

    public JsonShape<T> NullableValue<TValue>(string name, JsonValueReader<TValue> value, Func<T, TValue?, T> set)
        where TValue : struct =>
        Add(name, JsonFieldUse.Nullable, value, (t, v) => set(t, v), t => set(t, null));

    /// <summary>A field that is accepted and not read. Unlisted ones (such as <c>$schema</c>) are left out of "the fields here are".</summary>
    public JsonShape<T> Ignored(string name, bool listed = true)
    {
        _fields.Add(new Field(name, JsonFieldUse.Ignored, listed, null, null));
        return this;
    }

    /// <summary>A check on the whole object once its fields are read (a range whose end is before its start, say).</summary>
    public JsonShape<T> Check(Func<T, JsonReading, T> check)
    {
        _checks.Add(check);
        return this;
    }

    /// <summary>A reader for a value of this shape, starting each object from <paramref name="seed"/>.</summary>
    public JsonValueReader<T> From(Func<T> seed) => (JsonElement element, JsonReading reading, out T value) => TryRead(element, reading, seed(), out value);

    /// <summary>
    /// A reader for a value built from an object of this shape: the fields are set on a mutable
    /// draft (a struct, so setting one copies no object), and <paramref name="build"/> makes the
    /// value once they are all read.
    /// </summary>
    public JsonValueReader<TValue> From<TValue>(T seed, Func<T, TValue> build) => (JsonElement element, JsonReading reading, out TValue value) =>
    {
        var ok = TryRead(element, reading, seed, out var draft);
        value = ok ? build(draft) : default!;
        return ok;
    };

    /// <summary>Reads an object of this shape, starting from <paramref name="seed"/>.</summary>
    public bool TryRead(JsonElement element, JsonReading reading, T seed, out T value)
    {
        value = seed;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return reading.Problem("expected an object, got " + JsonValues.Describe(element));
        }

        // On the stack for the usual few dozen fields: a case has a dozen objects, each read here.
        var seen = _fields.Count <= 64 ? stackalloc bool[64] : new bool[_fields.Count];
        var ok = true;
        var next = 0;
        foreach (var property in element.EnumerateObject())
        {
            int index;
            try
            {
                index = Find(property, next);
            }
            catch (InvalidOperationException)
            {
                ok = reading.Problem("a field name is not valid UTF-8");
                continue;
            }


            if (index < 0)
            {
                ok = Unknown(property, reading);
                continue;
            }

            next = index + 1;
            var field = _fields[index];
            if (seen[index])
            {
                ok = reading.Problem(field.Name, "duplicate field; each field may appear once");
                continue;
            }

            seen[index] = true;
            if (field.Use == JsonFieldUse.Ignored)
            {
                continue;
            }

            reading.Enter(field.Name);
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                ok &= field.Use switch
                {
                    JsonFieldUse.Required => reading.Problem("must not be null; it is required"),
                    JsonFieldUse.NotNull => reading.Problem("must not be null; leave the field out to keep the base profile's value"),
                    JsonFieldUse.Nullable => field.SetNull!(ref value),
                    _ => true,
                };
            }
            else
            {
                ok &= field.Read!(property.Value, reading, ref value);
            }

            reading.Leave();
        }

        for (var i = 0; i < _fields.Count; i++)
        {
            if (!seen[i] && _fields[i].Use == JsonFieldUse.Required)
            {
                ok = reading.Problem(_fields[i].Name, "missing; it is required");
            }
        }

        if (ok)
        {
            foreach (var check in _checks)
            {
                value = check(value, reading);
            }
        }

        return ok;
    }

    private JsonShape<T> Add<TValue>(string name, JsonFieldUse use, JsonValueReader<TValue> value, Func<T, TValue, T> set, Func<T, T>? setNull = null)
    {
        _fields.Add(new Field(
            name,
            use,
            true,
            (JsonElement element, JsonReading reading, ref T target) =>
            {
                if (!value(element, reading, out var read))
                {
                    return false;
                }

                target = set(target, read);
                return true;
            },
            setNull is null ? null : (ref T target) =>
            {
                target = setNull(target);
                return true;
            }));
        return this;
    }

    /// <summary>Finds the field a property names, trying the field after the last one first (documents tend to follow the table's order).</summary>
    private int Find(JsonProperty property, int start)
    {
        for (var n = 0; n < _fields.Count; n++)
        {
            var i = (start + n) % _fields.Count;
            if (property.NameEquals(_fields[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }

    private bool Unknown(JsonProperty property, JsonReading reading)
    {
        string name;
        try
        {
            name = property.Name;
        }
        catch (InvalidOperationException)
        {
            return reading.Problem("a field name is not valid UTF-8");
        }

        return reading.Problem(name, "unknown field; the fields here are " + NameList);
    }

    private delegate bool FieldReader(JsonElement element, JsonReading reading, ref T target);

    private delegate bool FieldNull(ref T target);

    private sealed class Field(string name, JsonFieldUse use, bool listed, FieldReader? read, FieldNull? setNull)
    {
        public string Name { get; } = name;

        public byte[] Utf8Name { get; } = Encoding.UTF8.GetBytes(name);

        public JsonFieldUse Use { get; } = use;

        public bool Listed { get; } = listed;

        public FieldReader? Read { get; } = read;

        public FieldNull? SetNull { get; } = setNull;
    }
}
