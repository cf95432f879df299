"""The LLM engine: the plan turned into prompts, a model's answers checked and repaired (issue 5).

Backends (`backends/`) hide where the model runs behind one small interface.
"""
