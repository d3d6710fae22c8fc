using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace FollowUpRules.PublicApi.Tests;

/// <summary>
/// Writes an assembly's public surface as sorted, C#-like lines: every public or protected type and
/// member with its full signature. Stands in for the Roslyn public-API analyzer, which is not
/// available here.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Write(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var type in assembly.GetExportedTypes().Where(IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsVisible(Type type) => type.IsPublic || type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem;

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.IsDefined(typeof(IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : typeof(Delegate).IsAssignableFrom(type) ? "delegate"
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum) && !type.IsEnum)
        {
            bases.Add(Name(baseType));
        }

        if (type.IsEnum)
        {
            bases.Add(Name(Enum.GetUnderlyingType(type)));
        }

        bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return (type.IsNested ? "nested " : string.Empty) + kind + " " + Name(type, full: true) + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return field.Name + " = " + Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture);
            }

            yield break;
        }

        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => Access(c) + type.Name.Split('`')[0] + "(" + Parameters(c) + ")",
                MethodInfo m when Visible(m) && !m.IsSpecialName => Access(m) + Modifiers(m) + Name(m.ReturnType) + " " + m.Name + GenericArguments(m) + "(" + Parameters(m) + ")" + GenericConstraints(m),
                MethodInfo m when Visible(m) && m.Name.StartsWith("op_", StringComparison.Ordinal) => Access(m) + "static " + Name(m.ReturnType) + " " + m.Name + "(" + Parameters(m) + ")",
                PropertyInfo p when Accessors(p).Any(Visible) => Property(p),
                FieldInfo f when (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName =>
                    (f.IsPublic ? "public " : "protected ") + (f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty) + (f.IsInitOnly ? "readonly " : string.Empty) + Name(f.FieldType) + " " + f.Name,
                EventInfo e when e.AddMethod is { } add && Visible(add) => Access(add) + "event " + Name(e.EventHandlerType!) + " " + e.Name,
                _ => null,
            };
            if (line is not null)
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property) =>
        new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    private static string Property(PropertyInfo property)
    {
        var getter = property.GetMethod is { } get && Visible(get) ? get : null;
        var setter = property.SetMethod is { } set && Visible(set) ? set : null;
        var any = getter ?? setter!;
        var indexer = property.GetIndexParameters();
        var name = indexer.Length > 0 ? "this[" + string.Join(", ", indexer.Select(p => Name(p.ParameterType) + " " + p.Name)) + "]" : property.Name;
        var init = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
        var required = property.IsDefined(typeof(RequiredMemberAttribute)) ? "required " : string.Empty;
        return Access(any) + required + Modifiers(any) + Name(property.PropertyType) + " " + name + " { "
            + (getter is not null ? "get; " : string.Empty)
            + (setter is not null ? (init ? "init; " : "set; ") : string.Empty) + "}";
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return string.Empty;
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        if (method.IsVirtual && !method.IsFinal)
        {
            return method.GetBaseDefinition() == method ? "virtual " : "override ";
        }

        return method.IsVirtual && method.GetBaseDefinition() != method ? "sealed override " : string.Empty;
    }

    private static string GenericArguments(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return string.Empty;
        }

        return "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">";
    }

    private static string GenericConstraints(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return string.Empty;
        }

        return string.Concat(method.GetGenericArguments().Select(a =>
        {
            var constraints = Constraint(a, a.GetGenericParameterConstraints()).ToList();
            return constraints.Count == 0 ? string.Empty : " where " + a.Name + " : " + string.Join(", ", constraints);
        }));
    }

    private static IEnumerable<string> Constraint(Type argument, Type[] types)
    {
        var attributes = argument.GenericParameterAttributes;
        if ((attributes & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
        {
            yield return "class";
        }

        if ((attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0)
        {
            yield return "struct";
        }

        foreach (var type in types.Where(t => t != typeof(ValueType)))
        {
            yield return Name(type);
        }

        if ((attributes & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && (attributes & GenericParameterAttributes.NotNullableValueTypeConstraint) == 0)
        {
            yield return "new()";
        }
    }

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            (p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : string.Empty)
            + (p.IsIn && p.ParameterType.IsByRef ? "in " : p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
            + (method.IsDefined(typeof(ExtensionAttribute)) && p.Position == 0 ? "this " : string.Empty)
            + Name(p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType) + " " + p.Name
            + (p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty)));

    private static string Literal(object? value) => value switch
    {
        null => "default",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    private static string Name(Type type) => Name(type, full: false);

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(double)] = "double",
        [typeof(char)] = "char",
    };

    private static string Name(Type type, bool full)
    {
        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (type.IsPointer)
        {
            return Name(type.GetElementType()!) + "*";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var name = type.IsNested ? Name(type.DeclaringType!, full) + "." + type.Name : (full || !IsOurs(type) ? type.Namespace + "." : string.Empty) + type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick >= 0)
        {
            name = name[..tick];
        }

        if (type.IsGenericType)
        {
            var ownArguments = type.GetGenericArguments().Skip(type.IsNested ? type.DeclaringType!.GetGenericArguments().Length : 0);
            var list = string.Join(", ", ownArguments.Select(Name));
            name += list.Length > 0 ? "<" + list + ">" : string.Empty;
        }

        return name;
    }

    private static bool IsOurs(Type type) => type.Namespace is { } ns && (ns == "FollowUpRules" || ns.StartsWith("FollowUpRules.", StringComparison.Ordinal));
}
