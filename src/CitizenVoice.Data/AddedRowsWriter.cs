using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CitizenVoice.Data;

/// <summary>
/// Stores a context's new entities with one multi-row INSERT per table, in one transaction, instead of EF's
/// per-row modification commands. Intake writes only new rows, and building EF's update pipeline for a group commit
/// (one command, parameter set and dependency sort per row) cost more CPU than the rest of the request. Columns,
/// conversions and parameter types still come from the EF model, so the rows are the ones SaveChanges would write.
/// Anything but plain inserts of client-keyed rows (an update, a store-generated key, a cycle between tables) goes
/// through SaveChanges as before.
/// </summary>
internal static class AddedRowsWriter
{
    private static readonly ConcurrentDictionary<(IModel Model, StoreObjectIdentifier Table), TableShape> TableShapes = new();
    private static readonly ConcurrentDictionary<(IModel Model, IEntityType Type), EntityShape?> EntityShapes = new();
    private static readonly ConcurrentDictionary<(IModel Model, string Tables), List<StoreObjectIdentifier>?> Orders = new();

    public static async Task SaveAsync(CitizenVoiceDbContext db, DatabaseProvider provider, ILogger logger, CancellationToken cancellationToken)
    {
        var tables = TryCollectRows(db, out var reason);
        if (tables is null)
        {
            logger.LogDebug("Intake rows stored by SaveChanges: {Reason}", reason);
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

    /// <summary>The rows to insert grouped by table in dependency order, or null when only SaveChanges can store them.</summary>
    private static List<(TableShape Shape, List<object?[]> Rows)>? TryCollectRows(CitizenVoiceDbContext db, out string? reason)
    {
        reason = null;
        var byTable = new Dictionary<StoreObjectIdentifier, (TableShape Shape, Dictionary<object, object?[]> Rows)>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State != EntityState.Added)
            {
                reason = $"{entry.Metadata.DisplayName()} is {entry.State}";
                return null;
            }

            var shape = EntityShapes.GetOrAdd((db.Model, entry.Metadata), key => EntityShape.For(key.Model, key.Type));
            if (shape is null)
            {
                reason = $"{entry.Metadata.DisplayName()} is not mapped to one table";
                return null;
            }

            if (shape.Generated.FirstOrDefault(p => entry.Property(p).IsTemporary) is { } temporary)
            {
                reason = $"{entry.Metadata.DisplayName()}.{temporary.Name} has a temporary value";
                return null;
            }

            if (!byTable.TryGetValue(shape.Table.Table, out var group))
            {
                group = (shape.Table, new Dictionary<object, object?[]>());
                byTable.Add(shape.Table.Table, group);
            }

            // An owned type (the submitter) is its own entry but shares its owner's row: rows meet on the key.
            var values = entry.CurrentValues;
            var rowKey = shape.Key.Count == 1 ? values[shape.Key[0]]! : string.Join('\u001f', shape.Key.Select(p => values[p]));
            if (!group.Rows.TryGetValue(rowKey, out var row))
            {
                row = new object?[shape.Table.Columns.Count];
                group.Rows.Add(rowKey, row);
            }

            foreach (var (property, column) in shape.Values)
            {
                row[column] = values[property];
            }
        }

        var tables = byTable.Keys.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var order = Orders.GetOrAdd((db.Model, string.Join('\u001f', tables.Select(t => t.Name))), key => DependencyOrder(tables, key.Model));
        reason = order is null ? "the tables reference each other in a cycle" : null;
        return order?.Select(t => (byTable[t].Shape, byTable[t].Rows.Values.ToList())).ToList();
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

    private sealed record Column(string Name, RelationalTypeMapping Mapping, bool Nullable);

    /// <summary>Where one entity type's values go in its table's rows; metadata lookups are too slow to repeat per row.</summary>
    private sealed record EntityShape(TableShape Table, IReadOnlyList<IProperty> Key, IReadOnlyList<(IProperty Property, int Column)> Values, IReadOnlyList<IProperty> Generated)
    {
        public static EntityShape? For(IModel model, IEntityType type)
        {
            var table = StoreObjectIdentifier.Create(type, StoreObjectType.Table);
            if (table is null || type.FindPrimaryKey() is not { } key)
            {
                return null;
            }

            var shape = TableShapes.GetOrAdd((model, table.Value), k => TableShape.For(k.Model, k.Table));
            var values = type.GetProperties()
                .Select(p => (Property: p, Name: p.GetColumnName(table.Value)))
                .Where(p => p.Name is not null && shape.ColumnIndex.ContainsKey(p.Name))
                .Select(p => (p.Property, shape.ColumnIndex[p.Name!]))
                .ToList();
            var generated = type.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.Never).ToList();
            return new EntityShape(shape, key.Properties, values, generated);
        }
    }

    /// <summary>The columns of one table, from every entity type mapped to it (an owner and its owned types).</summary>
    private sealed class TableShape
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
