"""Which packages are installed; everything else is in pyproject.toml.

setuptools' package finder sees only folders that carry their package's name, so it can
find every dpo_desk* package but not resources/ and data/, which are installed as
dpo_desk._resources and dpo_desk._data (pyproject.toml maps the folders)."""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["dpo_desk", "dpo_desk.*"], exclude=["*__pycache__"]),
        "dpo_desk._resources",
        "dpo_desk._data",
    ]
)
