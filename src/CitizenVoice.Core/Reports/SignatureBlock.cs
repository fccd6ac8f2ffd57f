namespace CitizenVoice.Core.Reports;

/// <summary>Signature block: "TM. ĐOÀN ĐẠI BIỂU QUỐC HỘI" / "TRƯỞNG ĐOÀN" / name (Nghị định 30/2020, Phụ lục I).</summary>
/// <param name="Authority">Authority line with its prefix (TM./KT./TL./Q.), or null when the signer signs in own right.</param>
/// <param name="Position">Position of the signer, e.g. "PHÓ TRƯỞNG ĐOÀN CHUYÊN TRÁCH".</param>
public sealed record SignatureBlock(string? Authority, string Position, string SignerName);
