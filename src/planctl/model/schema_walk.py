"""Find which model sits at a data path, to list the keys allowed there."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models an annotation admits (through unions, lists and Annotated)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    if typing.get_origin(annotation) is typing.Annotated:
        return models_in(typing.get_args(annotation)[0])
    found: list[type[BaseModel]] = []
    for arg in typing.get_args(annotation):
        for model in models_in(arg):
            if model not in found:
                found.append(model)
    return found


def _pick(models: list[type[BaseModel]], data: Any) -> type[BaseModel] | None:
    if not models:
        return None
    if len(models) == 1 or not isinstance(data, dict):
        return models[0]
    keys = set(data)
    return max(models, key=lambda m: len(keys & set(m.model_fields)))


def model_at(root: type[BaseModel], path: tuple[Any, ...], data: Any) -> type[BaseModel] | None:
    model: type[BaseModel] | None = root
    annotation: Any = root
    current = data
    for part in path:
        if isinstance(part, int):
            # stay on the annotation's item models
            current = current[part] if isinstance(current, list) and part < len(current) else None
            model = _pick(models_in(annotation), current)
            continue
        if model is None or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
        current = current.get(part) if isinstance(current, dict) else None
        model = _pick(models_in(annotation), current)
    return model


def fields_at(root: type[BaseModel], path: tuple[Any, ...], data: Any) -> list[str]:
    model = model_at(root, path, data)
    return list(model.model_fields) if model else []
