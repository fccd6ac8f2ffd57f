using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Data;

/// <summary>
/// Stores new entities, and the owned values and child rows they reach, with one multi-row INSERT per table in one
/// transaction, instead of EF's per-row modification commands. Intake writes only new rows, and building EF's update
/// pipeline for a group commit (change tracking, then one command, parameter set and dependency sort per row) cost
/// more CPU than the rest of the request. Columns, conversions and parameter types still come from the EF model, so
/// the rows are the ones SaveChanges would write. What only EF can store (a store-generated key, owned rows of another
/// table, a cycle between tables) goes through SaveChanges as before.
/// </summary>
internal static class AddedRowsWriter
{
    // Per model, and weakly held: a process that builds many models (the test suite) does not keep them all alive.
    private static readonly ConditionalWeakTable<IModel, ModelShapes> Shapes = new();

    /// <summary>Stores <paramref name="entities"/> and everything they reach (owned values, child collections) as new rows.</summary>
    public static async Task SaveAsync(
        CitizenVoiceDbContext db, IEnumerable<object> entities, DatabaseProvider provider, ILogger logger, CancellationToken cancellationToken)
    {
        var tables = TryCollectRows(db.Model, entities, out var reason);
        if (tables is null)
        {
            logger.LogDebug("Intake rows stored by SaveChanges: {Reason}", reason);
            db.AddRange(entities);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var parameterLimit = provider == DatabaseProvider.SqlServer ? 2000 : 30000;
        // The providers' retrying strategies accept a transaction of our own only inside the strategy.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (db, tables, sql, parameterLimit),
            async (_, state, ct) =>
            {
                await InsertAsync(state.db, state.tables, state.sql, state.parameterLimit, ct);
                return true;
            },
            verifySucceeded: null,
            cancellationToken);
    }

    private static async Task InsertAsync(
        CitizenVoiceDbContext db, List<(TableShape Shape, List<object?[]> Rows)> tables, ISqlGenerationHelper sql, int parameterLimit,
        CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                foreach (var command in BuildCommands(tables, connection, sql, parameterLimit))
                {
                    await using (command)
                    {
                        command.Transaction = transaction.GetDbTransaction();
                        await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbException ex)
            {
                // Callers handle a refused insert (a taken idempotency key) as SaveChanges reports it.
                throw new DbUpdateException("Inserting the new rows failed: " + ex.Message, ex);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The rows to insert grouped by table in dependency order, read straight from the objects (attaching them to a
    /// change tracker cost as much again as writing them); null, with the reason, when only SaveChanges can store them.
    /// </summary>
    internal static List<(TableShape Shape, List<object?[]> Rows)>? TryCollectRows(IModel model, IEnumerable<object> entities, out string? reason)
    {
        reason = null;
        var shapes = Shapes.GetValue(model, m => new ModelShapes(m));
        var byTable = new Dictionary<StoreObjectIdentifier, (TableShape Shape, List<object?[]> Rows)>();
        var rows = new Dictionary<object, (EntityShape Shape, object?[] Row)>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<(object Entity, object? Principal, IForeignKey? Via)>(entities.Select(e => (e, (object?)null, (IForeignKey?)null)));
        while (pending.TryPop(out var item))
        {
            var (entity, principal, via) = item;
            if (rows.TryGetValue(entity, out var known))
            {
                // Reached again through a parent's collection: the parent's key still decides the reference.
                if (principal is not null)
                {
                    known.Shape.SetReference(known.Row, via!, principal);
                }

                continue;
            }

            var shape = shapes.Entity(entity.GetType());
            if (shape.Refusal is not null)
            {
                reason = shape.Refusal;
                return null;
            }

            var row = new object?[shape.Table!.Columns.Count];
            if (!shape.Fill(entity, row, out reason))
            {
                return null;
            }

            rows.Add(entity, (shape, row));
            if (principal is not null)
            {
                shape.SetReference(row, via!, principal);
            }

            if (!byTable.TryGetValue(shape.Table.Table, out var group))
            {
                group = (shape.Table, []);
                byTable.Add(shape.Table.Table, group);
            }

            group.Rows.Add(row);
            // What EF's fix-up would do: a dependent's reference columns take the key of the principal it hangs from.
            foreach (var navigation in shape.Children)
            {
                var target = navigation.GetGetter().GetClrValueUsingContainingEntity(entity);
                if (target is null)
                {
                    continue;
                }

                if (navigation.IsOnDependent)
                {
                    shape.SetReference(row, navigation.ForeignKey, target);
                    pending.Push((target, null, null));
                }
                else if (navigation.IsCollection)
                {
                    foreach (var child in (System.Collections.IEnumerable)target)
                    {
                        pending.Push((child, entity, navigation.ForeignKey));
                    }
                }
                else
                {
                    pending.Push((target, entity, navigation.ForeignKey));
                }
            }
        }

        var tables = byTable.Keys.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var order = shapes.Order(tables);
        reason = order is null ? "the tables reference each other in a cycle" : null;
        return order?.Select(t => (byTable[t].Shape, byTable[t].Rows)).ToList();
    }

    /// <summary>What one model's metadata says about its rows, worked out once: metadata lookups are too slow per row.</summary>
    internal sealed class ModelShapes(IModel model)
    {
        private readonly ConcurrentDictionary<StoreObjectIdentifier, TableShape> _tables = new();
        private readonly ConcurrentDictionary<Type, EntityShape> _entities = new();
        private readonly ConcurrentDictionary<string, List<StoreObjectIdentifier>?> _orders = new();

        public EntityShape Entity(Type clrType) => _entities.GetOrAdd(clrType, t => EntityShape.For(model, t, this));

        public TableShape Table(StoreObjectIdentifier table) => _tables.GetOrAdd(table, t => TableShape.For(model, t));

        /// <param name="tables">Sorted by name, so that one set of tables has one key.</param>
        public List<StoreObjectIdentifier>? Order(List<StoreObjectIdentifier> tables) =>
            _orders.GetOrAdd(string.Join('\u001f', tables.Select(t => t.Name)), _ => DependencyOrder(tables, model));
    }

    /// <summary>Principal tables before the tables that reference them; null on a cycle.</summary>
    private static List<StoreObjectIdentifier>? DependencyOrder(IEnumerable<StoreObjectIdentifier> tables, IModel model)
    {
        var pending = tables.ToHashSet();
        var references = pending.ToDictionary(t => t, t => model.GetEntityTypes()
            .Where(e => StoreObjectIdentifier.Create(e, StoreObjectType.Table) == t)
            .SelectMany(e => e.GetForeignKeys())
            .Select(fk => StoreObjectIdentifier.Create(fk.PrincipalEntityType, StoreObjectType.Table))
            .Where(p => p is not null && p != t && pending.Contains(p.Value))
            .Select(p => p!.Value)
            .ToHashSet());
        var order = new List<StoreObjectIdentifier>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => references[t].All(r => !pending.Contains(r))).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                return null;
            }

            order.AddRange(ready);
            pending.ExceptWith(ready);
        }

        return order;
    }

    private static IEnumerable<DbCommand> BuildCommands(
        List<(TableShape Shape, List<object?[]> Rows)> tables, DbConnection connection, ISqlGenerationHelper sql, int parameterLimit)
    {
        var command = connection.CreateCommand();
        var text = new StringBuilder();
        foreach (var (shape, rows) in tables)
        {
            foreach (var (start, count) in Chunks(rows.Count, Math.Min(1000, parameterLimit / shape.Columns.Count)))
            {
                if (command.Parameters.Count + count * shape.Columns.Count > parameterLimit)
                {
                    command.CommandText = text.ToString();
                    yield return command;
                    command = connection.CreateCommand();
                    text.Clear();
                }

                text.Append(shape.InsertPrefix(sql));
                for (var r = 0; r < count; r++)
                {
                    text.Append(r == 0 ? "(" : ", (");
                    var row = rows[start + r];
                    for (var c = 0; c < shape.Columns.Count; c++)
                    {
                        var name = "p" + command.Parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (c > 0)
                        {
                            text.Append(", ");
                        }

                        text.Append(sql.GenerateParameterNamePlaceholder(name));
                        var column = shape.Columns[c];
                        command.Parameters.Add(column.Mapping.CreateParameter(command, sql.GenerateParameterName(name), row[c], column.Nullable));
                    }

                    text.Append(')');
                }

                text.Append(sql.StatementTerminator).AppendLine();
            }
        }

        if (text.Length > 0)
        {
            command.CommandText = text.ToString();
            yield return command;
        }
        else
        {
            command.Dispose();
        }
    }

    /// <summary>
    /// Splits a run of rows into statements of power-of-two sizes (at most <paramref name="most"/> rows; SQL Server
    /// takes 1,000 in one VALUES list), so that a few statement texts recur and stay prepared on the server instead
    /// of one new text for every batch size.
    /// </summary>
    private static IEnumerable<(int Start, int Count)> Chunks(int rows, int most)
    {
        var largest = 1;
        while (largest * 2 <= Math.Max(1, most))
        {
            largest *= 2;
        }

        var start = 0;
        for (var size = largest; size >= 1; size /= 2)
        {
            while (rows - start >= size)
            {
                yield return (start, size);
                start += size;
            }
        }
    }

    internal sealed record Column(string Name, RelationalTypeMapping Mapping, bool Nullable);

    /// <summary>
    /// Where one CLR type's values go in its table's rows, and which navigations lead to more rows.
    /// <see cref="Refusal"/> says why a type can only be stored by SaveChanges.
    /// </summary>
    internal sealed class EntityShape
    {
        private readonly List<(Func<object, object?> Read, int Column, bool GeneratedKey, object? Unset)> _values = [];
        private readonly List<(Func<object, object?> Owner, INavigation Navigation)> _ownedElsewhere = [];
        private readonly ConcurrentDictionary<IForeignKey, (int Column, IClrPropertyGetter Getter)[]> _references = new();

        private EntityShape(string refusal) => Refusal = refusal;

        private EntityShape(TableShape table) => Table = table;

        public string? Refusal { get; }

        public TableShape? Table { get; }

        public List<INavigation> Children { get; } = [];

        public static EntityShape For(IModel model, Type clrType, ModelShapes shapes)
        {
            var type = model.FindEntityType(clrType);
            if (type is null || type.IsOwned())
            {
                return new EntityShape($"{clrType.Name} is not an entity of its own");
            }

            var table = StoreObjectIdentifier.Create(type, StoreObjectType.Table);
            if (table is null || type.GetSkipNavigations().Any() || type.GetDerivedTypes().Any() || type.BaseType is not null)
            {
                return new EntityShape($"{type.DisplayName()} is not mapped to one table of its own");
            }

            var shape = new EntityShape(shapes.Table(table.Value));
            var refusal = shape.AddValues(type, table.Value, owner: static e => e);
            if (refusal is not null)
            {
                return new EntityShape(refusal);
            }

            shape.Children.AddRange(type.GetNavigations().Where(n => !n.TargetEntityType.IsOwned()));
            return shape;
        }

        // Owned types (the submitter) share the owner's row; their key is the owner's key, already in the row.
        private string? AddValues(IEntityType type, StoreObjectIdentifier table, Func<object, object?> owner)
        {
            foreach (var property in type.GetProperties())
            {
                var column = property.GetColumnName(table);
                if (column is null || !Table!.ColumnIndex.TryGetValue(column, out var index))
                {
                    continue;
                }

                if (property.IsShadowProperty())
                {
                    if (type.IsOwned() && property.IsPrimaryKey())
                    {
                        continue;
                    }

                    return $"{type.DisplayName()}.{property.Name} has no property on the object";
                }

                var getter = property.GetGetter();
                var generatedKey = property.IsPrimaryKey() && property.ValueGenerated != ValueGenerated.Never;
                var unset = property.ClrType.IsValueType ? Activator.CreateInstance(property.ClrType) : null;
                _values.Add((e => owner(e) is { } o ? getter.GetClrValueUsingContainingEntity(o) : null, index, generatedKey, unset));
            }

            foreach (var navigation in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && n.ForeignKey.IsOwnership))
            {
                if (navigation.IsCollection || StoreObjectIdentifier.Create(navigation.TargetEntityType, StoreObjectType.Table) != table)
                {
                    // Owned rows of another table (a clock's extensions) have keys only EF knows; new entities have none yet.
                    _ownedElsewhere.Add((owner, navigation));
                    continue;
                }

                var getter = navigation.GetGetter();
                var refusal = AddValues(navigation.TargetEntityType, table, e => owner(e) is { } o ? getter.GetClrValueUsingContainingEntity(o) : null);
                if (refusal is not null)
                {
                    return refusal;
                }
            }

            return null;
        }

        /// <summary>Writes the key of <paramref name="principal"/> into the row's columns of <paramref name="foreignKey"/>.</summary>
        public void SetReference(object?[] row, IForeignKey foreignKey, object principal)
        {
            var columns = _references.GetOrAdd(foreignKey, fk => fk.Properties
                .Select((p, i) => (Name: p.GetColumnName(Table!.Table), Getter: fk.PrincipalKey.Properties[i].GetGetter()))
                .Where(c => c.Name is not null && Table!.ColumnIndex.ContainsKey(c.Name))
                .Select(c => (Table!.ColumnIndex[c.Name!], c.Getter))
                .ToArray());
            foreach (var (column, getter) in columns)
            {
                row[column] = getter.GetClrValueUsingContainingEntity(principal);
            }
        }

        public bool Fill(object entity, object?[] row, out string? reason)
        {
            foreach (var (read, column, generatedKey, unset) in _values)
            {
                var value = read(entity);
                // A key left for EF to generate (an empty Guid, a zero number) needs SaveChanges.
                if (generatedKey && (value is null || value.Equals(unset)))
                {
                    reason = $"{entity.GetType().Name} has no key yet";
                    return false;
                }

                row[column] = value;
            }

            foreach (var (owner, navigation) in _ownedElsewhere)
            {
                if (owner(entity) is { } container && navigation.GetGetter().GetClrValueUsingContainingEntity(container) is { } owned
                    && (owned is not System.Collections.IEnumerable many || many.Cast<object>().Any()))
                {
                    reason = $"{navigation.TargetEntityType.DisplayName()} rows are stored in another table";
                    return false;
                }
            }

            reason = null;
            return true;
        }
    }

    /// <summary>The columns of one table, from every entity type mapped to it (an owner and its owned types).</summary>
    internal sealed class TableShape
    {
        private string? _prefix;

        private TableShape(StoreObjectIdentifier table, List<Column> columns)
        {
            Table = table;
            Columns = columns;
            ColumnIndex = columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        }

        public StoreObjectIdentifier Table { get; }

        public List<Column> Columns { get; }

        public Dictionary<string, int> ColumnIndex { get; }

        public static TableShape For(IModel model, StoreObjectIdentifier table)
        {
            var columns = new List<Column>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var type in model.GetEntityTypes().Where(e => StoreObjectIdentifier.Create(e, StoreObjectType.Table) == table))
            {
                foreach (var property in type.GetProperties())
                {
                    var name = property.GetColumnName(table);
                    if (name is not null && seen.Add(name))
                    {
                        columns.Add(new Column(name, property.GetRelationalTypeMapping(), property.IsColumnNullable(table)));
                    }
                }
            }

            return new TableShape(table, columns);
        }

        public string InsertPrefix(ISqlGenerationHelper sql) =>
            _prefix ??= $"INSERT INTO {sql.DelimitIdentifier(Table.Name, Table.Schema)} ({string.Join(", ", Columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
    }
}
