"""Write a tiny random-weight llama GGUF (a few hundred KB) with the `gguf` package: a real model file
that llama.cpp loads and runs, producing gibberish, so no test ever downloads a model."""

from __future__ import annotations

from pathlib import Path

N_EMBD, N_FF, N_HEAD, N_LAYERS, N_CTX = 64, 128, 4, 2, 8192
PRINTABLE = [chr(c) for c in range(33, 127)] + list("éèêàçùôîâ«»’")


def vocabulary() -> tuple[list[str], list[int]]:
    """SentencePiece-style: <unk>, <s>, </s>, 256 byte tokens, the word boundary and printable characters."""
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + ["▁"] + PRINTABLE
    types = [2, 3, 3] + [6] * 256 + [1] * (1 + len(PRINTABLE))  # unknown, control, byte, normal
    return tokens, types


def write_tiny_gguf(path: Path, seed: int = 0) -> Path:
    import gguf
    import numpy as np

    rng = np.random.default_rng(seed)
    tokens, types = vocabulary()
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("redac-tiny-random")
    writer.add_context_length(N_CTX)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYERS)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_token_types(types)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_unk_token_id(0)

    def tensor(name: str, *shape: int) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * 0.02).astype(np.float32))

    def ones(name: str) -> None:
        writer.add_tensor(name, np.ones(N_EMBD, dtype=np.float32))

    tensor("token_embd.weight", len(tokens), N_EMBD)
    for layer in range(N_LAYERS):
        ones(f"blk.{layer}.attn_norm.weight")
        for part in ("q", "k", "v", "output"):
            tensor(f"blk.{layer}.attn_{part}.weight", N_EMBD, N_EMBD)
        ones(f"blk.{layer}.ffn_norm.weight")
        tensor(f"blk.{layer}.ffn_gate.weight", N_FF, N_EMBD)
        tensor(f"blk.{layer}.ffn_up.weight", N_FF, N_EMBD)
        tensor(f"blk.{layer}.ffn_down.weight", N_EMBD, N_FF)
    ones("output_norm.weight")
    tensor("output.weight", len(tokens), N_EMBD)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
